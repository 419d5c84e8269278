package web_test

import (
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"reflect"
	"strings"
	"testing"
	"time"

	"golang.org/x/crypto/bcrypt"

	"vuoro/hub/queue"
	"vuoro/hub/report"
	"vuoro/hub/server"
)

// reportsHub starts a whole demo hub, its report keeper wired as in
// production, adds an admin of Kela and an advisor of each agency, and
// serves three Vero visits (one more deleted) and two Kela visits on
// Monday 23 November 2026.
func reportsHub(t *testing.T) *httptest.Server {
	srv, _, _ := reportsSite(t)
	return srv
}

// reportsSite is reportsHub with its engine and clock.
func reportsSite(t *testing.T) (*httptest.Server, *queue.Engine, *testClock) {
	t.Helper()
	clk := &testClock{t: start}
	h, err := server.Start(server.Options{DataDir: t.TempDir(), HTTPAddr: "127.0.0.1:0", MQTTAddr: "127.0.0.1:0", Demo: true,
		BcryptCost: bcrypt.MinCost, Clock: clk, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h.Close() })
	srv := &httptest.Server{URL: "http://" + h.HTTPAddr()}
	site := apiLogin(t, srv, "paakayttaja")
	for _, u := range []struct{ login, role, agency string }{{"kelaadmin", "admin", "kela"}, {"veroneuvo", "advisor", "vero"}, {"kelaneuvo", "advisor", "kela"}} {
		body := `{"login":"` + u.login + `","name":"Testi ` + u.login + `","role":"` + u.role + `","agencies":["` + u.agency + `"],"password":"` + advisorPassword + `"}`
		if code, out := api(t, srv, site, "POST", "/api/v1/users", body); code != 200 {
			t.Fatalf("add %s: %d %s", u.login, code, out)
		}
	}
	eng := h.Engine()
	serve(t, eng, clk, "vero", veroQ, "1", 3)
	serve(t, eng, clk, "kela", kelaQ, "2", 2)
	extra := issue(t, eng, veroQ, 1)
	if _, err := eng.Delete("clerk:neuvoja", extra[0].ID, "kaksoisilmoittautuminen 010280-952L"); err != nil {
		t.Fatal(err)
	}
	waitServed(t, srv, site, 5)
	return srv, eng, clk
}

// serve checks n visits in to service and has clerk serve them in room,
// which the clerk opens first: called after 2 minutes, started 1 minute
// later, ended after 9; after the first visit, a break of 5 minutes.
func serve(t *testing.T, eng *queue.Engine, clk *testClock, clerk, service, room string, n int) {
	t.Helper()
	if err := eng.OpenRoom(clerk, room); err != nil {
		t.Fatal(err)
	}
	for i := range n {
		if i == 1 {
			takeBreak(t, eng, clk, clerk, 5*time.Minute)
		}
		issue(t, eng, service, 1)
		clk.Advance(2 * time.Minute)
		tk, err := eng.CallNext(clerk, []string{service}, room)
		if err != nil {
			t.Fatal(err)
		}
		clk.Advance(time.Minute)
		if _, err := eng.Start("clerk:"+clerk, tk.ID); err != nil {
			t.Fatal(err)
		}
		clk.Advance(9 * time.Minute)
		if _, err := eng.End("clerk:"+clerk, tk.ID); err != nil {
			t.Fatal(err)
		}
	}
}

func takeBreak(t *testing.T, eng *queue.Engine, clk *testClock, clerk string, d time.Duration) {
	t.Helper()
	if err := eng.PauseRoom(clerk, true); err != nil {
		t.Fatal(err)
	}
	clk.Advance(d)
	if err := eng.PauseRoom(clerk, false); err != nil {
		t.Fatal(err)
	}
}

const reportDay = "/api/v1/reports/queues?from=2026-11-23&to=2026-11-23"

// waitServed waits until the keeper has folded the visits: it follows the
// engine's events once they are on disk.
func waitServed(t *testing.T, srv *httptest.Server, token string, n int) {
	t.Helper()
	for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		code, body := api(t, srv, token, "GET", reportDay, "")
		var r report.Report
		json.Unmarshal([]byte(body), &r)
		switch {
		case code == http.StatusOK && r.Outcomes[report.Served] == n:
			return
		case code != http.StatusOK && code != http.StatusServiceUnavailable, time.Now().After(deadline):
			t.Fatalf("%d %s, want %d served", code, body, n)
		}
	}
}

func reportOf(t *testing.T, srv *httptest.Server, token, path string) report.Report {
	t.Helper()
	code, body := api(t, srv, token, "GET", path, "")
	var r report.Report
	if code != 200 || json.Unmarshal([]byte(body), &r) != nil {
		t.Fatalf("GET %s: %d %s", path, code, body)
	}
	return r
}

func loginWith(t *testing.T, srv *httptest.Server, user string) string {
	t.Helper()
	if user == "kelaadmin" || user == "veroneuvo" || user == "kelaneuvo" {
		code, body := api(t, srv, "", "POST", "/api/v1/login", `{"login":"`+user+`","password":"`+advisorPassword+`"}`)
		var out struct{ Token string }
		if json.Unmarshal([]byte(body), &out); code != 200 {
			t.Fatalf("login %s: %d %s", user, code, body)
		}
		return out.Token
	}
	return apiLogin(t, srv, user)
}

// The reports of one day of a hub of two agencies, over the API and in
// the page (one hub for the three, as starting one takes a while).
func TestReports(t *testing.T) {
	srv := reportsHub(t)
	t.Run("authz", func(t *testing.T) { checkReportsAuthz(t, srv) })
	t.Run("figures and CSV", func(t *testing.T) { checkReportsAPI(t, srv) })
	t.Run("page", func(t *testing.T) { checkReportsPage(t, srv) })
}

// Reports are for admins: an agency admin sees their agency's queues
// only, and is refused another agency's; a site admin sees every queue;
// clerks and advisors, of either agency, get none.
func checkReportsAuthz(t *testing.T, srv *httptest.Server) {
	for _, c := range []struct {
		user   string
		served int // -1: refused
		queues []string
	}{
		{"vero", -1, nil}, {"kela", -1, nil}, {"neuvoja", -1, nil}, {"veroneuvo", -1, nil}, {"kelaneuvo", -1, nil},
		{"admin", 3, []string{veroQ}}, {"kelaadmin", 2, []string{kelaQ}}, {"paakayttaja", 5, []string{kelaQ, veroQ}},
	} {
		token := loginWith(t, srv, c.user)
		code, body := api(t, srv, token, "GET", reportDay, "")
		if c.served < 0 {
			if code != http.StatusForbidden || strings.Contains(body, "served") {
				t.Errorf("%s: %d %s, want 403", c.user, code, body)
			}
			continue
		}
		r := reportOf(t, srv, token, reportDay)
		var queues []string
		for _, s := range r.ServedBy {
			queues = append(queues, s.Service)
		}
		if r.Outcomes[report.Served] != c.served || !reflect.DeepEqual(queues, c.queues) {
			t.Errorf("%s: served %d by %v, want %d by %v", c.user, r.Outcomes[report.Served], queues, c.served, c.queues)
		}
	}
	kela := loginWith(t, srv, "kelaadmin")
	for _, q := range []string{"&agency=vero", "&service=" + veroQ} {
		if code, body := api(t, srv, kela, "GET", reportDay+q, ""); code != http.StatusForbidden {
			t.Errorf("Kela's admin asking %s: %d %s", q, code, body)
		}
	}
	if code, _ := api(t, srv, kela, "GET", "/api/v1/reports/queues?from=2026-11-23&to=2026-11-01", ""); code != http.StatusBadRequest {
		t.Errorf("a period ending before it starts: %d", code)
	}
}

// The API's figures of a day: the Vero visits' waits and service times,
// the deletion's reason without its text, and the same tables as CSV.
func checkReportsAPI(t *testing.T, srv *httptest.Server) {
	token := loginWith(t, srv, "admin")
	r := reportOf(t, srv, token, reportDay)
	if r.Wait.Count != 3 || r.Wait.Max != 120 || r.Service.Mean != 540 || r.WithinTarget != 1 {
		t.Errorf("wait %+v, service %+v, within %v; want 3 waits of 2 min, services of 9 min, all within target", r.Wait, r.Service, r.WithinTarget)
	}
	if c := r.Clerks; len(c) != 1 || c[0].Clerk != "vero" || c[0].Walk.Mean != 60 || c[0].Idle != 3*2*60 || c[0].Breaks != 1 || c[0].Break != 5*60 {
		t.Errorf("clerks %+v, want vero walking 1 min, idle 3 × 2 min and one break of 5 min", r.Clerks)
	}
	if r.Reasons["staff"] != 1 || r.Outcomes[report.Deleted] != 1 {
		t.Errorf("reasons %v, outcomes %v", r.Reasons, r.Outcomes)
	}
	_, body := api(t, srv, token, "GET", reportDay+"&format=csv", "")
	if strings.Contains(body, "010280") || strings.Contains(body, "kaksois") {
		t.Error("the CSV carries a deletion's text")
	}
	back, err := report.ReadAllCSV(strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	want := report.Tables(r)
	for i := range want {
		if want[i].Rows == nil {
			want[i].Rows = back[i].Rows
		}
	}
	if !reflect.DeepEqual(back, want) {
		t.Errorf("CSV read back:\n%v\nwant:\n%v", back, want)
	}
}

// The page: admins only; its CSV downloads carry the same tables.
func checkReportsPage(t *testing.T, srv *httptest.Server) {
	c, _ := login(t, srv, "vero")
	if resp, body := getResp(t, c, srv.URL+"/admin/reports"); resp.StatusCode != http.StatusForbidden || strings.Contains(body, "chart-queue") {
		t.Errorf("a clerk's reports page: %s", resp.Status)
	}
	if resp, _ := getResp(t, c, srv.URL+"/admin/reports.csv?period=day&date=2026-11-23"); resp.StatusCode != http.StatusForbidden {
		t.Errorf("a clerk's CSV: %s", resp.Status)
	}
	a, _ := login(t, srv, "admin")
	page := get(t, a, srv.URL+"/admin/reports?period=day&date=2026-11-23")
	for _, want := range []string{`id="chart-queue"`, `id="t-served_by"`, "vero-veroasiat", `id="csv-clerks"`} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %s", want)
		}
	}
	if strings.Contains(page, kelaQ+"</th>") {
		t.Error("Vero's admin is shown a Kela queue's row")
	}
	q := url.Values{"period": {"day"}, "date": {"2026-11-23"}, "table": {"served_by"}}
	resp, csv := getResp(t, a, srv.URL+"/admin/reports.csv?"+q.Encode())
	if resp.StatusCode != 200 || csv != "service,agency,clerk,visits\nvero-veroasiat,vero,vero,3\n" {
		t.Errorf("served_by CSV: %s %q", resp.Status, csv)
	}
}

// A queue's target wait, set by its admin, counts the visits called from
// then on: a 2-minute wait is within 20 minutes, not within 1.
func TestReportsTargetWait(t *testing.T) {
	srv, eng, clk := reportsSite(t)
	admin := loginWith(t, srv, "admin")
	if code, body := api(t, srv, admin, "PUT", "/api/v1/queues/"+veroQ+"/settings", `{"target_wait_minutes":1}`); code != 200 {
		t.Fatalf("settings: %d %s", code, body)
	}
	serve(t, eng, clk, "vero", veroQ, "1", 1)
	waitServed(t, srv, loginWith(t, srv, "paakayttaja"), 6)
	r := reportOf(t, srv, admin, reportDay+"&service="+veroQ)
	if r.Wait.Count != 4 || r.WithinTarget != 0.75 {
		t.Errorf("%d waits, %v within target; want 4 and 3 of them", r.Wait.Count, r.WithinTarget)
	}
	_, page := getResp(t, client(login(t, srv, "admin")), srv.URL+"/admin/queues?service="+veroQ)
	if !strings.Contains(page, `name="target_wait_minutes" type="number" min="1" max="480" value="1"`) {
		t.Error("the queue's settings page does not show its target wait")
	}
}

// client is the browser of a login.
func client(c *http.Client, _ string) *http.Client { return c }
