package server_test

import (
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/crypto/bcrypt"

	"vuoro/hub/queue"
	"vuoro/hub/queue/queuetest"
	"vuoro/hub/server"
	"vuoro/hub/sitefile"
	"vuoro/hub/store"
)

const exampleSite = "../../images/hub/site.toml"

// monday is 09:54 local time on Monday 23 November 2026 in Lahti.
type monday struct{}

func (monday) Now() time.Time { return time.Date(2026, 11, 23, 7, 54, 0, 0, time.UTC) }

var firstAdmin = server.Admin{Login: "paakayttaja", Password: "ensimmäinen pitkä salasana"}

func siteHub(dir, siteFile string, init bool) (*server.Hub, error) {
	return server.Start(server.Options{DataDir: dir, HTTPAddr: "127.0.0.1:0", MQTTAddr: "127.0.0.1:0", SiteFile: siteFile,
		Init: init, FirstAdmin: firstAdmin, BcryptCost: bcrypt.MinCost, Clock: monday{},
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
}

func call(t *testing.T, h *server.Hub, token, method, path, body string) (int, string) {
	t.Helper()
	req, _ := http.NewRequest(method, "http://"+h.HTTPAddr()+path, strings.NewReader(body))
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func logIn(t *testing.T, h *server.Hub, login, password string) string {
	t.Helper()
	code, body := call(t, h, "", "POST", "/api/v1/login", `{"login":"`+login+`","password":"`+password+`"}`)
	var out struct{ Token string }
	if json.Unmarshal([]byte(body), &out); code != 200 || out.Token == "" {
		t.Fatalf("%s cannot log in: %d %s", login, code, body)
	}
	return out.Token
}

// events returns the kinds and actors of the data file's events after seq.
func events(t *testing.T, dir string, after uint64) []string {
	t.Helper()
	st, err := store.Open(filepath.Join(dir, "hub.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	evs, err := st.Events(after, 1000)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, ev := range evs {
		out = append(out, ev.Kind+" by "+ev.Actor)
	}
	return out
}

func seqOf(h *server.Hub) uint64 {
	var seq uint64
	h.Engine().Read(func(st *queue.State) { seq = st.Seq })
	return seq
}

func TestRealSiteFromSiteFile(t *testing.T) {
	dir := t.TempDir()
	h, err := siteHub(dir, exampleSite, false)
	if err != nil {
		t.Fatal(err)
	}
	admin := logIn(t, h, firstAdmin.Login, firstAdmin.Password)
	code, body := call(t, h, admin, "POST", "/api/v1/users",
		`{"login":"maija","name":"Maija Virtanen","role":"clerk","agencies":["vero"],"password":"maijan pitkä salasana"}`)
	if code != 200 {
		t.Fatalf("the first admin cannot add a clerk: %d %s", code, body)
	}
	if _, err := h.Engine().Issue("kiosk:kiosk-1", queue.IssueRequest{Service: "vero-veroasiat", Device: "kiosk-1"}); err != nil {
		t.Fatal(err)
	}
	clerk := logIn(t, h, "maija", "maijan pitkä salasana")
	if code, body := call(t, h, clerk, "POST", "/api/v1/call", `{"service":"vero-veroasiat","room":"1"}`); code != 200 || !strings.Contains(body, `"call_id":"R1"`) {
		t.Fatalf("the clerk cannot call R1: %d %s", code, body)
	}
	seq := seqOf(h)
	h.Close()

	h, err = siteHub(dir, exampleSite, false) // the same file, and the admin's login again
	if err != nil {
		t.Fatal(err)
	}
	if got := seqOf(h); got != seq {
		t.Errorf("a restart with the same file committed %v", events(t, dir, seq))
	}
	h.Close()

	changed := filepath.Join(t.TempDir(), "site.toml")
	text, _ := os.ReadFile(exampleSite)
	edited := strings.Replace(string(text), `fi = "Verokortit"`, `fi = "Verokortit ja verotiedot"`, 1) + "\n[rooms.9]\nname = \"Aspa 9\"\nfloor = 2\n"
	os.WriteFile(changed, []byte(edited), 0o600)
	if h, err = siteHub(dir, changed, false); err != nil {
		t.Fatal(err)
	}
	h.Close()
	if got, want := strings.Join(events(t, dir, seq), ", "), "room.added by sitefile, service.updated by sitefile"; got != want {
		t.Errorf("the changed file committed %q, want %q", got, want)
	}
}

func TestHubRefusesToGuess(t *testing.T) {
	missing := t.TempDir()
	if _, err := siteHub(missing, "", false); !errors.Is(err, server.ErrNoDataFile) ||
		!strings.Contains(err.Error(), "start with -init to create a new site, or restore the file from backup") {
		t.Errorf("no data file: %v", err)
	}
	if _, err := os.Stat(filepath.Join(missing, "hub.db")); err == nil {
		t.Error("a hub that refused to start left a data file behind")
	}
	empty := t.TempDir()
	os.WriteFile(filepath.Join(empty, "hub.db"), nil, 0o600)
	for _, init := range []bool{false, true} {
		if _, err := siteHub(empty, "", init); !errors.Is(err, server.ErrEmptyDataFile) || !strings.Contains(err.Error(), "damaged") {
			t.Errorf("zero-byte data file (init %v): %v", init, err)
		}
	}
	h, err := siteHub(t.TempDir(), "", true)
	if err != nil {
		t.Fatalf("-init on no data file: %v", err)
	}
	h.Close()
}

func TestSiteFileRemovingABusyServiceStopsTheHub(t *testing.T) {
	dir := t.TempDir()
	h, err := siteHub(dir, exampleSite, false)
	if err != nil {
		t.Fatal(err)
	}
	for range 3 {
		if _, err := h.Engine().Issue("kiosk:kiosk-1", queue.IssueRequest{Service: "ulosotto-asiat"}); err != nil {
			t.Fatal(err)
		}
	}
	seq := seqOf(h)
	h.Close()
	text, _ := os.ReadFile(exampleSite)
	edited := filepath.Join(t.TempDir(), "site.toml")
	os.WriteFile(edited, []byte(strings.Replace(string(text), "[services.ulosotto-asiat]", "[services.ulosotto-neuvonta]", 1)), 0o600)
	_, err = siteHub(dir, edited, false)
	if !errors.Is(err, sitefile.ErrRefused) || !strings.Contains(err.Error(), "services.ulosotto-asiat (Ulosottoasiat)") ||
		!strings.Contains(err.Error(), "3 open visits") {
		t.Fatalf("err = %v", err)
	}
	if got := events(t, dir, seq); len(got) != 0 {
		t.Errorf("the refused file committed %v", got)
	}
}

// The README's real site, day after day: started from the example site
// file with no demo data, its first admin adds a clerk, tickets are issued
// and called; overnight the hub closes the day, and the next morning the
// queue starts again from R1 with yesterday's visits reported as expired,
// to the site admin and to the agency's admin alike.
func TestRealSiteTheNextMorning(t *testing.T) {
	hel, _ := time.LoadLocation("Europe/Helsinki")
	clock := queuetest.NewClock(time.Date(2026, 11, 23, 9, 54, 0, 0, hel))
	h, err := server.Start(server.Options{DataDir: t.TempDir(), HTTPAddr: "127.0.0.1:0", MQTTAddr: "127.0.0.1:0",
		SiteFile: exampleSite, FirstAdmin: firstAdmin, BcryptCost: bcrypt.MinCost, Clock: clock,
		HousekeepEvery: 10 * time.Millisecond, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	admin := logIn(t, h, firstAdmin.Login, firstAdmin.Password)
	for _, u := range []string{
		`{"login":"maija","name":"Maija Virtanen","role":"clerk","agencies":["vero"],"password":"maijan pitkä salasana"}`,
		`{"login":"veropaallikko","name":"Juha Mäkinen","role":"admin","agencies":["vero"],"password":"juhan pitkä salasana"}`,
		`{"login":"kelapaallikko","name":"Pekka Korhonen","role":"admin","agencies":["kela"],"password":"pekan pitkä salasana"}`,
	} {
		if code, body := call(t, h, admin, "POST", "/api/v1/users", u); code != 200 {
			t.Fatalf("add user: %d %s", code, body)
		}
	}
	var monday []queue.Ticket
	for range 3 {
		got, err := h.Engine().Issue("kiosk:kiosk-1", queue.IssueRequest{Service: "vero-veroasiat", Device: "kiosk-1"})
		if err != nil {
			t.Fatal(err)
		}
		monday = append(monday, got.Ticket)
	}
	clerk := logIn(t, h, "maija", "maijan pitkä salasana")
	if code, body := call(t, h, clerk, "POST", "/api/v1/call", `{"service":"vero-veroasiat","room":"1"}`); code != 200 || !strings.Contains(body, `"call_id":"R1"`) {
		t.Fatalf("call R1: %d %s", code, body)
	}

	clock.Set(time.Date(2026, 11, 24, 8, 5, 0, 0, hel)) // Tuesday morning, the hub ran all night
	waitUntil(t, "Monday's visits did not expire overnight", func() bool {
		var open int
		h.Engine().Read(func(st *queue.State) {
			for _, m := range monday {
				if tk, _ := st.Ticket(m.ID); tk.Status.Open() {
					open++
				}
			}
		})
		return open == 0
	})
	got, err := h.Engine().Issue("kiosk:kiosk-1", queue.IssueRequest{Service: "vero-veroasiat", Device: "kiosk-1"})
	if err != nil || got.Ticket.CallID != "R1" || got.Ahead != 0 {
		t.Fatalf("Tuesday's first ticket: %+v %v, want R1 with nobody ahead", got, err)
	}
	// A new working day, a new login for each admin.
	admin = logIn(t, h, firstAdmin.Login, firstAdmin.Password)
	agencyAdmin := logIn(t, h, "veropaallikko", "juhan pitkä salasana")
	for _, token := range []string{admin, agencyAdmin} {
		code, body := call(t, h, token, "GET", "/api/v1/events?kind=day.closed", "")
		if code != 200 || !strings.Contains(body, queue.ReasonExpired) || !strings.Contains(body, `"day":"2026-11-23"`) {
			t.Fatalf("the log's day close: %d %s", code, body)
		}
	}
	kela := logIn(t, h, "kelapaallikko", "pekan pitkä salasana")
	if code, body := call(t, h, kela, "GET", "/api/v1/events?kind=day.closed", ""); code != 200 || strings.Contains(body, "2026-11-23") {
		t.Fatalf("Kela's admin is shown Verohallinto's day close: %d %s", code, body)
	}
}

func waitUntil(t *testing.T, what string, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatal(what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}
