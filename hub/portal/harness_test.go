package portal_test

import (
	"bytes"
	"html"
	"io"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"vuoro/hub/portal"
	"vuoro/hub/portal/testidp"
	"vuoro/hub/store"
	"vuoro/hub/voucher"
)

type fixedClock struct{ t time.Time }

func (c fixedClock) Now() time.Time { return c.t }

var today = time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)

// hub is a portal and a test IdP served together as the hub serves them.
type hub struct {
	srv    *httptest.Server
	portal *portal.Portal
	idp    *testidp.IdP
	store  *store.Store
	demo   portal.Demo
	logs   *syncBuffer
	mu     sync.Mutex
	urls   []string // every URL requested
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}
func (s *syncBuffer) String() string { s.mu.Lock(); defer s.mu.Unlock(); return s.b.String() }

// newHub starts a portal with the demo data; with changes to its options.
func newHub(t testing.TB, with ...func(*portal.Options)) *hub {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "portal.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	h := &hub{store: st, logs: &syncBuffer{}}
	mux := http.NewServeMux()
	h.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h.mu.Lock()
		h.urls = append(h.urls, r.URL.String())
		h.mu.Unlock()
		mux.ServeHTTP(w, r)
	}))
	t.Cleanup(h.srv.Close)
	if h.idp, err = testidp.New(testidp.Options{BaseURL: h.srv.URL + "/testidp"}); err != nil {
		t.Fatal(err)
	}
	o := portal.Options{Log: st, Credentials: st, Sessions: st, Clock: fixedClock{today}, BaseURL: h.srv.URL + "/portal",
		IdPMetadata: h.idp.Metadata(), Logger: slog.New(slog.NewTextHandler(h.logs, nil))}
	for _, f := range with {
		f(&o)
	}
	h.portal, err = portal.New(o)
	if err != nil {
		t.Fatal(err)
	}
	md, err := h.portal.Metadata()
	if err == nil {
		err = h.idp.Trust(md)
	}
	if err == nil {
		h.demo, err = portal.Seed(h.portal)
	}
	if err != nil {
		t.Fatal(err)
	}
	mux.Handle("/portal/", h.portal)
	mux.Handle("/testidp/", h.idp)
	return h
}

// user is a browser: a cookie jar, following redirects.
type user struct {
	t    testing.TB
	h    *hub
	c    *http.Client
	csrf string
	last *http.Response
}

func (h *hub) user(t testing.TB) *user {
	jar, _ := cookiejar.New(nil)
	return &user{t: t, h: h, c: &http.Client{Jar: jar}}
}

var csrfField = regexp.MustCompile(`name="csrf" value="([^"]+)"`)

func (u *user) do(req *http.Request, err error) string {
	u.t.Helper()
	if err != nil {
		u.t.Fatal(err)
	}
	resp, err := u.c.Do(req)
	if err != nil {
		u.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	u.last = resp
	if m := csrfField.FindStringSubmatch(string(b)); m != nil {
		u.csrf = m[1]
	}
	return string(b)
}

func (u *user) get(path string) string {
	return u.do(http.NewRequest("GET", u.h.srv.URL+path, nil))
}

// post sends a form with the CSRF token.
func (u *user) post(path string, kv ...string) string {
	form := url.Values{"csrf": {u.csrf}}
	for i := 0; i+1 < len(kv); i += 2 {
		form.Set(kv[i], kv[i+1])
	}
	req, err := http.NewRequest("POST", u.absolute(path), strings.NewReader(form.Encode()))
	if req != nil {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	return u.do(req, err)
}

func (u *user) absolute(path string) string {
	if strings.HasPrefix(path, "http") {
		return path
	}
	return u.h.srv.URL + path
}

func (u *user) status() int { return u.last.StatusCode }

// login logs a staff user or provider in with the demo password.
func (h *hub) login(t testing.TB, login string) *user {
	u := h.user(t)
	u.get("/portal/login")
	u.post("/portal/login", "login", login, "password", portal.DemoPassword)
	if u.status() != http.StatusOK || !strings.Contains(u.last.Request.URL.Path, "/portal/") || u.last.Request.URL.Path == "/portal/login" {
		t.Fatalf("login %s: %d at %s", login, u.status(), u.last.Request.URL)
	}
	return u
}

var samlField = regexp.MustCompile(`name="(token|SAMLResponse|RelayState)" value="([^"]*)"`)

func formOf(page string) []string {
	var kv []string
	for _, m := range samlField.FindAllStringSubmatch(page, -1) {
		kv = append(kv, m[1], html.UnescapeString(m[2]))
	}
	return kv
}

// identify logs a citizen in through the test IdP as identity who ("0",
// "1", … or "cancel") and returns the page the portal ends on.
func (u *user) identify(who string) string {
	u.t.Helper()
	picker := u.get("/portal/citizen/login")
	if !strings.Contains(picker, "Valitse testihenkilö") {
		u.t.Fatalf("no identity picker: %d\n%s", u.status(), picker)
	}
	back := u.post("/testidp/sso", append(formOf(picker), "who", who)...)
	return u.post(u.h.srv.URL+"/portal/saml/acs", formOf(back)...)
}

func (h *hub) citizen(t testing.TB, who string) *user {
	u := h.user(t)
	u.identify(who)
	if u.status() != http.StatusOK {
		t.Fatalf("citizen %s login: %d", who, u.status())
	}
	return u
}

// voucherOf returns the demo voucher of a service type.
func (h *hub) voucherOf(service string) voucher.Voucher {
	for _, v := range h.demo.Vouchers {
		if v.Service == service {
			return v
		}
	}
	panic("no demo voucher for " + service)
}
