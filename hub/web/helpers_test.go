package web_test

import (
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/crypto/bcrypt"

	"vuoro/hub/demo"
	"vuoro/hub/queue"
	"vuoro/hub/server"
	"vuoro/hub/store"
	"vuoro/hub/web"
)

// testClock is a clock the tests advance by hand.
type testClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *testClock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }

func (c *testClock) Advance(d time.Duration) { c.mu.Lock(); defer c.mu.Unlock(); c.t = c.t.Add(d) }

// hub is the console over a demo site on a real bbolt file.
type hub struct {
	t    testing.TB
	srv  *httptest.Server
	web  *web.Server
	eng  *queue.Engine
	st   *store.Store
	clk  *testClock
	logs logFile // everything the console logged
}

// logFile keeps what the console logs, in a file of the test's own.
type logFile struct{ path string }

func (l logFile) String() string { b, _ := os.ReadFile(l.path); return string(b) }

// start is 09:54 local time on Monday 23 November 2026 in Lahti.
var start = time.Date(2026, 11, 23, 7, 54, 0, 0, time.UTC)

func newHub(t testing.TB) *hub {
	t.Helper()
	return newHubCA(t, "")
}

// newHubCA is newHub on a hub serving MQTT over TLS with a CA of
// fingerprint ca ("" for plain MQTT).
func newHubCA(t testing.TB, ca string) *hub {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "hub.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	h := &hub{t: t, st: st, clk: &testClock{t: start}, logs: logFile{filepath.Join(t.TempDir(), "web.log")}}
	logs, err := os.Create(h.logs.path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { logs.Close() })
	if h.eng, err = queue.Open(st, h.clk); err != nil {
		t.Fatal(err)
	}
	if _, err := demo.SeedCost(h.eng, st, "lahti", bcrypt.MinCost); err != nil {
		t.Fatal(err)
	}
	h.web = web.New(h.eng, st, web.Options{Now: h.clk.Now, BcryptCost: bcrypt.MinCost, Devices: server.NewDevices(h.eng, st, h.clk.Now, nil),
		Logger: slog.New(slog.NewTextHandler(logs, nil)), TrustedProxies: []netip.Prefix{netip.MustParsePrefix(proxyIP + "/32")}, MQTTCA: ca})
	h.srv = httptest.NewServer(h.web)
	t.Cleanup(func() { h.web.Close(); h.srv.Close() })
	return h
}

// newConsole serves the console over a demo hub.
func newConsole(t *testing.T) (*httptest.Server, *queue.Engine) {
	h := newHub(t)
	return h.srv, h.eng
}

func issue(t testing.TB, eng *queue.Engine, service string, n int) []queue.Ticket {
	t.Helper()
	var out []queue.Ticket
	for range n {
		is, err := eng.Issue("kiosk:k1", queue.IssueRequest{Service: service, Device: "k1"})
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, is.Ticket)
	}
	return out
}

// browser is a cookie-keeping client that does not follow redirects.
func browser(t testing.TB) *http.Client {
	jar, _ := cookiejar.New(nil)
	return &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
}

func post(t testing.TB, c *http.Client, u string, form url.Values) (*http.Response, string) {
	t.Helper()
	resp, err := c.PostForm(u, form)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, string(b)
}

func get(t testing.TB, c *http.Client, u string) string {
	t.Helper()
	_, body := getResp(t, c, u)
	return body
}

func getResp(t testing.TB, c *http.Client, u string) (*http.Response, string) {
	t.Helper()
	resp, err := c.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, string(b)
}

var csrfField = regexp.MustCompile(`name="csrf" value="([^"]+)"`)

// login logs a browser in and returns it with its CSRF token.
func login(t testing.TB, srv *httptest.Server, user string) (*http.Client, string) {
	t.Helper()
	c := browser(t)
	resp, _ := post(t, c, srv.URL+"/login", url.Values{"login": {user}, "password": {demo.Password}})
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("login %s: %s", user, resp.Status)
	}
	m := csrfField.FindStringSubmatch(get(t, c, srv.URL+"/console"))
	if m == nil {
		t.Fatal("console has no CSRF token")
	}
	return c, m[1]
}

func api(t testing.TB, srv *httptest.Server, token, method, path, body string) (int, string) {
	t.Helper()
	req, _ := http.NewRequest(method, srv.URL+path, strings.NewReader(body))
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

func apiLogin(t testing.TB, srv *httptest.Server, user string) string {
	t.Helper()
	code, body := api(t, srv, "", "POST", "/api/v1/login", `{"login":"`+user+`","password":"`+demo.Password+`"}`)
	var out struct{ Token string }
	if json.Unmarshal([]byte(body), &out); code != 200 || out.Token == "" {
		t.Fatalf("api login %s: %d %s", user, code, body)
	}
	return out.Token
}

func itoa(n uint64) string { return strconv.FormatUint(n, 10) }

// events returns the kinds and actors of the log's events after seq.
func (h *hub) events(after uint64) []string {
	evs, err := h.st.Events(after, 1<<20)
	if err != nil {
		h.t.Fatal(err)
	}
	var out []string
	for _, ev := range evs {
		out = append(out, ev.Kind+" "+ev.Actor+" "+string(ev.Payload))
	}
	return out
}

func (h *hub) seq() uint64 {
	n, err := h.st.LastSeq()
	if err != nil {
		h.t.Fatal(err)
	}
	return n
}
