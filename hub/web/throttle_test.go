package web_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"vuoro/hub/demo"
)

// try logs in straight through the handler, from a client address.
func (h *hub) try(ip, user, password string) (int, string) {
	form := url.Values{"login": {user}, "password": {password}}
	req := httptest.NewRequest("POST", "/login", strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.RemoteAddr = ip + ":40000"
	rec := httptest.NewRecorder()
	h.web.ServeHTTP(rec, req)
	return rec.Code, rec.Body.String()
}

func TestLoginThrottling(t *testing.T) {
	h := newHub(t)
	const wrong = "arvaus"
	type step struct {
		name           string
		advance        time.Duration
		ip, user, pass string
		code           int
		says           string
	}
	steps := []step{
		{"1st failure", 0, "10.0.0.1", "vero", wrong, 401, "Väärä käyttäjätunnus"},
		{"2nd failure", 0, "10.0.0.2", "vero", wrong, 401, ""},
		{"3rd failure", 0, "10.0.0.3", "vero", wrong, 401, ""},
		{"4th failure", 0, "10.0.0.4", "vero", wrong, 401, ""},
		{"5th failure locks the name", 0, "10.0.0.5", "vero", wrong, 401, ""},
		{"the right password is refused unheard", 0, "10.0.0.6", "vero", demo.Password, 429, "yritä uudelleen 1 minuutin kuluttua"},
		{"another user is not locked", 0, "10.0.0.6", "kela", demo.Password, 303, ""},
		{"a minute later the lock is over", 61 * time.Second, "10.0.0.6", "vero", wrong, 401, ""},
		{"the 6th failure locks for 2 minutes", 0, "10.0.0.6", "vero", demo.Password, 429, "2 minuutin"},
		{"still locked after a minute", 70 * time.Second, "10.0.0.6", "vero", demo.Password, 429, "1 minuutin"},
		{"free again", 60 * time.Second, "10.0.0.6", "vero", demo.Password, 303, ""},
		{"success forgets the failures", 0, "10.0.0.7", "vero", wrong, 401, ""},
	}
	for _, s := range steps {
		h.clk.Advance(s.advance)
		code, body := h.try(s.ip, s.user, s.pass)
		if code != s.code || !strings.Contains(body, s.says) {
			t.Fatalf("%s: %d, want %d saying %q:\n%s", s.name, code, s.code, s.says, errorOf(body))
		}
	}
}

// proxyIP is the test hub's trusted reverse proxy.
const proxyIP = "192.0.2.1"

// tryVia logs in through the trusted proxy, for the client named in
// X-Forwarded-For.
func (h *hub) tryVia(peer, forwarded, user, password string) int {
	form := url.Values{"login": {user}, "password": {password}}
	req := httptest.NewRequest("POST", "/login", strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("X-Forwarded-For", forwarded)
	req.RemoteAddr = peer + ":40000"
	rec := httptest.NewRecorder()
	h.web.ServeHTTP(rec, req)
	return rec.Code
}

// A service centre's clerks share one address. One clerk's typos lock
// their own login, never their colleagues': only a spray of failures
// across many logins (addressTries) locks the address.
func TestOneClerksTyposNeverLockTheBuilding(t *testing.T) {
	h := newHub(t)
	const building = "10.9.9.9"
	for range 5 {
		h.try(building, "vero", "kirjoitusvirhe")
	}
	if code, _ := h.try(building, "vero", demo.Password); code != http.StatusTooManyRequests {
		t.Fatalf("vero after 5 typos: %d, want her own login locked", code)
	}
	for _, user := range []string{"kela", "neuvoja"} {
		if code, body := h.try(building, user, demo.Password); code != http.StatusSeeOther {
			t.Fatalf("%s from the same building after a colleague's typos: %d %s", user, code, errorOf(body))
		}
	}
	for i := range 50 { // someone tries logins one after another
		h.try(building, fmt.Sprintf("arvaus%d", i), "x")
	}
	if code, _ := h.try(building, "kela", demo.Password); code != http.StatusTooManyRequests {
		t.Fatalf("an address after 50 failures across logins: %d, want locked", code)
	}
	if code, _ := h.try("10.9.9.8", "kela", demo.Password); code != http.StatusSeeOther {
		t.Fatalf("another address: %d", code)
	}
}

// Behind a trusted proxy the client is the address it forwards; a peer
// that is not trusted cannot choose whose failures it counts against.
func TestThrottleUsesTrustedProxysClient(t *testing.T) {
	h := newHub(t)
	for i := range 50 {
		h.tryVia(proxyIP, "10.1.1.1", fmt.Sprintf("arvaus%d", i), "x")
	}
	if code := h.tryVia(proxyIP, "10.1.1.1", "kela", demo.Password); code != http.StatusTooManyRequests {
		t.Fatalf("the sprayer behind the proxy: %d, want locked", code)
	}
	if code := h.tryVia(proxyIP, "10.1.1.2", "kela", demo.Password); code != http.StatusSeeOther {
		t.Fatalf("another client behind the same proxy: %d, want logged in", code)
	}
	// An untrusted peer forging the header is counted as itself.
	for i := range 50 {
		h.tryVia("10.7.7.7", "10.1.1.3", fmt.Sprintf("arvaus%d", i), "x")
	}
	if code := h.tryVia(proxyIP, "10.1.1.3", "kela", demo.Password); code != http.StatusSeeOther {
		t.Fatalf("a client framed by a forged header: %d, want logged in", code)
	}
	if code, _ := h.try("10.7.7.7", "kela", demo.Password); code != http.StatusTooManyRequests {
		t.Fatalf("the forging peer: %d, want locked", code)
	}
	code, body := api(t, h.srv, "", "POST", "/api/v1/login", `{"login":"a1","password":"x"}`)
	if code != http.StatusUnauthorized {
		t.Fatalf("api login failure: %d %s", code, body)
	}
}

func TestAPILoginIsThrottledToo(t *testing.T) {
	h := newHub(t)
	for range 5 {
		api(t, h.srv, "", "POST", "/api/v1/login", `{"login":"vero","password":"x"}`)
	}
	code, body := api(t, h.srv, "", "POST", "/api/v1/login", `{"login":"vero","password":"`+demo.Password+`"}`)
	if code != http.StatusTooManyRequests || !strings.Contains(body, "try again in 1 min") {
		t.Fatalf("api login after 5 failures: %d %s", code, body)
	}
}
