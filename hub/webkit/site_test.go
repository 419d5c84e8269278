package webkit_test

import (
	"html/template"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"vuoro/hub/webkit"
)

var pageTpl = template.Must(template.New("page.html").Parse(`<p>{{.Name}}</p>`))

// site serves a small app in a kit frame.
func site(t *testing.T) (*webkit.Site, *httptest.Server) {
	s := &webkit.Site{CSP: "default-src 'self'", Home: "/app", Style: "/static/app.css", API: "/api/",
		Langs:  webkit.Languages{Cookie: webkit.Cookie{Name: "lang", Path: "/", MaxAge: time.Hour}, Browser: true},
		Bypass: []string{"POST /saml/acs"}}
	mux := http.NewServeMux()
	ok := func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "done") }
	mux.HandleFunc("GET /app", ok)
	mux.HandleFunc("POST /app", ok)
	mux.HandleFunc("POST /saml/acs", ok)
	mux.HandleFunc("GET /api/v1/x", ok)
	mux.HandleFunc("GET /broken", func(w http.ResponseWriter, r *http.Request) {
		s.Render(w, "sv", http.StatusOK, pageTpl, "page.html", struct{}{}) // no field Name: fails
	})
	mux.Handle("GET /static/", s.Static("/static/", fstest.MapFS{"app.css": {Data: []byte("p{}")}, "img/a.svg": {Data: []byte("<svg/>")}}))
	srv := httptest.NewServer(s.Handler(mux))
	t.Cleanup(srv.Close)
	return s, srv
}

func fetch(t *testing.T, method, url string, header ...string) (*http.Response, string) {
	t.Helper()
	req, _ := http.NewRequest(method, url, nil)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	c := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, string(b)
}

func TestErrorPagesHaveATitleAndALanguage(t *testing.T) {
	_, srv := site(t)
	tests := []struct {
		name, method, path string
		header             []string
		code               int
		says               string
	}{
		{"unknown address", "GET", "/nothing", nil, 404, `<html lang="fi">`},
		{"in the reader's language", "GET", "/nothing", []string{"Cookie", "lang=sv"}, 404, "<title>Sidan hittades inte</title>"},
		{"from the browser's", "GET", "/nothing", []string{"Accept-Language", "en-GB,en;q=0.8"}, 404, "<title>Page not found</title>"},
		{"wrong method", "DELETE", "/app", nil, 405, "<title>Pyyntö ei käy tähän osoitteeseen</title>"},
		{"a directory", "GET", "/static/img/", nil, 404, `<a href="/app">Etusivulle</a>`},
		{"a missing file", "GET", "/static/nothing.css", nil, 404, `<link rel="stylesheet" href="/static/app.css">`},
		{"a failed template", "GET", "/broken", nil, 500, `<html lang="sv">`},
		{"the API", "GET", "/api/v1/nothing", nil, 404, `{"error":"not found"}`},
	}
	for _, tt := range tests {
		resp, body := fetch(t, tt.method, srv.URL+tt.path, tt.header...)
		if resp.StatusCode != tt.code || !strings.Contains(body, tt.says) {
			t.Errorf("%s: %d, want %d with %q:\n%s", tt.name, resp.StatusCode, tt.code, tt.says, body)
		}
		if strings.Contains(body, "<p></p>") {
			t.Errorf("%s: half a page was sent", tt.name)
		}
	}
	if resp, _ := fetch(t, "DELETE", srv.URL+"/app"); !strings.Contains(resp.Header.Get("Allow"), "POST") {
		t.Errorf("405 without Allow: %q", resp.Header.Get("Allow"))
	}
	if resp, body := fetch(t, "GET", srv.URL+"/static/app.css"); resp.StatusCode != 200 || body != "p{}" {
		t.Errorf("a static file: %d %q", resp.StatusCode, body)
	}
}

func TestEveryResponseCarriesTheSecurityHeaders(t *testing.T) {
	_, srv := site(t)
	for _, path := range []string{"/app", "/nothing", "/static/app.css", "/api/v1/x"} {
		resp, _ := fetch(t, "GET", srv.URL+path)
		h := resp.Header
		if h.Get("Content-Security-Policy") != "default-src 'self'" || h.Get("X-Content-Type-Options") != "nosniff" ||
			h.Get("Referrer-Policy") != "same-origin" || h.Get("X-Frame-Options") != "DENY" {
			t.Errorf("%s: headers %v", path, h)
		}
	}
}

// A form posted from another site is refused with the 403 page; one from
// the same origin, a client that is no browser, and the SAML consumer
// are served.
func TestCrossOriginPostsAreRefused(t *testing.T) {
	_, srv := site(t)
	tests := []struct {
		name, path string
		header     []string
		code       int
	}{
		{"another site", "/app", []string{"Sec-Fetch-Site", "cross-site"}, 403},
		{"another origin, old browser", "/app", []string{"Origin", "https://evil.example"}, 403},
		{"same origin", "/app", []string{"Sec-Fetch-Site", "same-origin"}, 200},
		{"no browser", "/app", nil, 200},
		{"the SAML consumer", "/saml/acs", []string{"Sec-Fetch-Site", "cross-site"}, 200},
	}
	for _, tt := range tests {
		resp, body := fetch(t, "POST", srv.URL+tt.path, tt.header...)
		if resp.StatusCode != tt.code {
			t.Errorf("%s: %d, want %d", tt.name, resp.StatusCode, tt.code)
		}
		if tt.code == 403 && !strings.Contains(body, "<title>Pääsy estetty</title>") {
			t.Errorf("%s: not the 403 page:\n%s", tt.name, body)
		}
	}
}

func TestLanguageSwitchKeepsTheChoice(t *testing.T) {
	_, srv := site(t)
	resp, _ := fetch(t, "GET", srv.URL+"/app?lang=sv&x=1")
	if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/app?x=1" {
		t.Fatalf("switch: %d to %q", resp.StatusCode, resp.Header.Get("Location"))
	}
	ck := resp.Cookies()
	if len(ck) != 1 || ck[0].Value != "sv" || !ck[0].HttpOnly {
		t.Fatalf("cookie: %v", ck)
	}
	// The cookie wins over the browser's language.
	if _, body := fetch(t, "GET", srv.URL+"/nothing", "Cookie", "lang=sv", "Accept-Language", "en"); !strings.Contains(body, `lang="sv"`) {
		t.Errorf("the chosen language lost to the browser's:\n%s", body)
	}
}

// Without Browser (the console) the browser's language is not used.
func TestLanguageWithoutTheBrowsers(t *testing.T) {
	l := webkit.Languages{Cookie: webkit.Cookie{Name: "lang"}}
	r := httptest.NewRequest("GET", "/", nil)
	r.Header.Set("Accept-Language", "sv-FI")
	if got := l.Of(r); got != "fi" {
		t.Errorf("Accept-Language chose %s", got)
	}
	if got := l.Of(httptest.NewRequest("POST", "/?lang=en", nil)); got != "en" {
		t.Errorf("?lang=en chose %s", got)
	}
}
