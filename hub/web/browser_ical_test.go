package web_test

import (
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"vuoro/hub/browsertest"
	"vuoro/hub/ical"
	"vuoro/hub/queue"
)

const goodICS = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" +
	"BEGIN:VEVENT\r\nUID:a1@test\r\nDTSTAMP:20261120T080000Z\r\nDTSTART:20261124T130000\r\nDTEND:20261124T133000\r\nSUMMARY:Maija Meikäläinen\r\nLOCATION:Aspa 3\r\nEND:VEVENT\r\n" +
	"BEGIN:VEVENT\r\nUID:a2@test\r\nDTSTAMP:20261120T080000Z\r\nDTSTART:20261124T140000\r\nDTEND:20261124T141500\r\nSUMMARY:Matti Meikäläinen\r\nEND:VEVENT\r\n" +
	"END:VCALENDAR\r\n"

// badICS's second event has no title (line 12 begins it).
var badICS = strings.Replace(goodICS, "SUMMARY:Matti Meikäläinen\r\n", "", 1)

// An admin imports an .ics file through the import page: a file with a
// bad event imports nothing and names its line; the corrected one imports
// both appointments.
func TestBrowserImportPage(t *testing.T) {
	h := newHub(t)
	dir := t.TempDir()
	bad, good := filepath.Join(dir, "bad.ics"), filepath.Join(dir, "good.ics")
	os.WriteFile(bad, []byte(badICS), 0o644)
	os.WriteFile(good, []byte(goodICS), 0o644)
	ctx := browsertest.Start(t, 1400, 1000)
	browserLogin(t, ctx, h.srv.URL, "admin", "/admin/import")
	inLangs(t, ctx, h.srv.URL, "/admin/import", "console-import")

	do(t, ctx, chromedp.SetValue(chromedp.ID("i-service"), "vero-veroasiat"), chromedp.SetUploadFiles(`#i-file`, []string{bad}))
	submit(t, ctx, chromedp.ID("import"))
	if got := text(t, ctx, "#import-problems"); !strings.Contains(got, "Rivi 12") {
		t.Fatalf("problems listed: %q", got)
	}
	if n := appointmentsOn(h, "2026-11-24"); n != 0 {
		t.Fatalf("a bad file imported %d appointments", n)
	}
	audit(t, ctx, "import, problems")
	browsertest.Shot(t, ctx, "console-import-problems")

	do(t, ctx, chromedp.SetUploadFiles(`#i-file`, []string{good}))
	submit(t, ctx, chromedp.ID("import"))
	if got := text(t, ctx, ".flash"); !strings.Contains(got, "2") {
		t.Fatalf("after importing the page says %q", got)
	}
	if n := appointmentsOn(h, "2026-11-24"); n != 2 {
		t.Fatalf("imported %d appointments, want 2", n)
	}
	browsertest.Shot(t, ctx, "console-import-done")
}

func appointmentsOn(h *hub, day string) (n int) {
	h.eng.Read(func(st *queue.State) { n = len(st.Appointments("vero-veroasiat", day)) })
	return n
}

// A clerk makes a feed of their own appointments on the feeds page: its
// secret address is shown once, the feed it serves parses as iCalendar
// and holds the appointment booked with them, and after the revoke button
// the address serves nothing.
func TestBrowserFeedsPage(t *testing.T) {
	h := newHub(t)
	loc, _ := time.LoadLocation("Europe/Helsinki")
	if _, err := h.eng.BookAppointment("clerk:neuvoja", queue.AppointmentBooking{Service: "vero-veroasiat",
		At: time.Date(2026, 11, 24, 13, 0, 0, 0, loc), Minutes: 30, Room: "1", Clerk: "vero", Person: queue.Person{Name: "Maija Meikäläinen"}}); err != nil {
		t.Fatal(err)
	}
	ctx := browsertest.Start(t, 1400, 1000)
	browserLogin(t, ctx, h.srv.URL, "vero", "/console/feeds")
	inLangs(t, ctx, h.srv.URL, "/console/feeds", "console-feeds-empty")
	submit(t, ctx, chromedp.ID("feed-mine"))
	url := text(t, ctx, "#feed-url")
	if !strings.HasPrefix(url, h.srv.URL+"/ics/") {
		t.Fatalf("feed address shown: %q", url)
	}
	audit(t, ctx, "feeds, address shown")
	browsertest.Shot(t, ctx, "console-feeds-created")
	events := fetchFeed(t, url, http.StatusOK)
	if len(events) != 1 || events[0].Summary != "Maija Meikäläinen" || events[0].Location != "Aspa 1" {
		t.Fatalf("feed events %+v", events)
	}
	do(t, ctx, chromedp.Navigate(h.srv.URL+"/console/feeds"))
	if got := text(t, ctx, "main"); strings.Contains(got, url) {
		t.Fatal("the feeds page shows the address again")
	}
	inLangs(t, ctx, h.srv.URL, "/console/feeds", "console-feeds")
	submit(t, ctx, chromedp.CSS(`#feeds button.danger`))
	if got := text(t, ctx, "#feeds"); !strings.Contains(got, "Ei kalenterisyötteitä") {
		t.Fatalf("after revoking the list is %q", got)
	}
	fetchFeed(t, url, http.StatusNotFound)
}

// fetchFeed gets a feed's address with no login and parses it.
func fetchFeed(t *testing.T, url string, want int) []ical.Event {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != want {
		t.Fatalf("GET feed: %d, want %d", resp.StatusCode, want)
	}
	if want != http.StatusOK {
		return nil
	}
	b, _ := io.ReadAll(resp.Body)
	events, err := ical.Decode(strings.NewReader(string(b)), time.UTC)
	if err != nil {
		t.Fatalf("the feed does not parse: %v\n%s", err, b)
	}
	return events
}
