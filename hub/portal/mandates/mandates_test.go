package mandates_test

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"vuoro/hub/portal/mandates"
	"vuoro/hub/portal/mandatetest"
)

// TestChecksumWorkedExamples checks the checksum against Suomi.fi's
// published example ("Tarkistesumman laskemiseen toteutetun funktion
// verifiointi", palveluhallinta.suomi.fi) and the header against the same
// request stamped as this client stamps its time.
func TestChecksumWorkedExamples(t *testing.T) {
	const path = "/service/hpa/user/register/ed4b7ae7/080297-915A?requestId=02fd35dc-99e6-477b-b6e2-03f02cbf3666"
	const secret = "3ba56df8-88b8-4805-9b04-2f8e7a61"
	if got := mandates.Checksum(secret, path, "2017-02-09T10:29:42.090000+00:00"); got != "GeRKoGmGd0RFk33s2vNHutJf/TrEdwSM2Vb7qWXLESY=" {
		t.Errorf("published example: %s", got)
	}
	at := time.Date(2017, 2, 9, 10, 29, 42, 90e6, time.UTC)
	want := "ed4b7ae7 2017-02-09T10:29:42.09Z z7X+xWtrvth1L7Ql6B/4xZ0iQ1VjToWX4TnHVLo8RGo="
	if got := mandates.Header("ed4b7ae7", secret, path, at); got != want {
		t.Errorf("header: %s, want %s", got, want)
	}
}

const (
	delegate = "150575-9612"
	aili     = "230148-923T"
	sanna    = "010280-952L"
	issue    = "palveluseteli"
	back     = "http://127.0.0.1:1/portal/citizen/mandate"
)

type fixture struct {
	srv *mandatetest.Server
	ts  *httptest.Server
	cfg mandates.Config
}

func newFixture(t *testing.T) *fixture {
	srv := mandatetest.New(mandatetest.Options{ClientID: "vuoro", Secret: "checksum-secret", OAuthSecret: "oauth-secret",
		Mandates: []mandatetest.Mandate{
			{Delegate: delegate, Principal: aili, PrincipalName: "Aili Testilä", Issues: []string{issue}},
			{Delegate: delegate, Principal: sanna, PrincipalName: "Sanna Testinen", Issues: []string{"kelan-asiat"}},
		}})
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close)
	return &fixture{srv: srv, ts: ts, cfg: mandates.Config{BaseURL: ts.URL, ClientID: "vuoro", Secret: "checksum-secret",
		OAuthSecret: "oauth-secret", Issue: issue}}
}

func (f *fixture) client(t *testing.T) *mandates.Client {
	c, err := mandates.New(f.cfg)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

var userField = regexp.MustCompile(`name="user" value="([^"]+)"`)

// pick is the delegate's browser at the selection page: it picks the
// who-th principal (or "cancel") and returns the query Suomi.fi sends back.
func pick(t *testing.T, sel mandates.Selection, who string) url.Values {
	resp, err := http.Get(sel.URL)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	m := userField.FindSubmatch(b)
	if m == nil {
		t.Fatalf("no selection form: %d\n%s", resp.StatusCode, b)
	}
	noFollow := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	u, _ := url.Parse(sel.URL)
	resp, err = noFollow.PostForm(u.Scheme+"://"+u.Host+"/oauth/authorize", url.Values{"user": {string(m[1])}, "who": {who}})
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	loc, err := url.Parse(resp.Header.Get("Location"))
	if err != nil || !strings.HasPrefix(loc.String(), back) {
		t.Fatalf("selection sent the browser to %q", resp.Header.Get("Location"))
	}
	return loc.Query()
}

func TestMandateAllowedAndDisallowed(t *testing.T) {
	f := newFixture(t)
	c := f.client(t)
	ctx := context.Background()
	for _, tc := range []struct {
		who, name string
		err       error
	}{{"0", "Aili Testilä", nil}, {"1", "Sanna Testinen", mandates.ErrNotAuthorized}} {
		sel, err := c.Start(ctx, delegate, back, "fi")
		if err != nil {
			t.Fatal(err)
		}
		code := pick(t, sel, tc.who).Get("code")
		p, err := c.Finish(ctx, sel.Session, code, back)
		if !errors.Is(err, tc.err) || p.Name != tc.name {
			t.Errorf("principal %s: %+v, %v; want %s, %v", tc.who, p, err, tc.name, tc.err)
		}
		if _, err := c.Finish(ctx, sel.Session, code, back); !errors.Is(err, mandates.ErrExpired) {
			t.Errorf("the same code twice: %v, want ErrExpired", err)
		}
	}
	if n := f.srv.Open(); n != 0 {
		t.Errorf("%d sessions left registered", n)
	}
}

func TestMandateCancelled(t *testing.T) {
	f := newFixture(t)
	c := f.client(t)
	sel, err := c.Start(context.Background(), delegate, back, "sv")
	if err != nil {
		t.Fatal(err)
	}
	if q := pick(t, sel, "cancel"); q.Get("error") != "access_denied" || q.Get("code") != "" {
		t.Errorf("cancel came back with %v", q)
	}
	c.Cancel(context.Background(), sel.Session)
	if n := f.srv.Open(); n != 0 {
		t.Errorf("%d sessions left registered", n)
	}
}

// TestClientErrors: a service that is down, credentials it refuses and an
// answer that is not JSON each give their own error, which names the
// step and never the henkilötunnus in the call's path.
func TestClientErrors(t *testing.T) {
	f := newFixture(t)
	down := httptest.NewServer(http.NotFoundHandler())
	down.Close()
	cases := map[string]struct {
		change func(*mandates.Config)
		want   error
	}{
		"down":      {func(c *mandates.Config) { c.BaseURL = down.URL }, mandates.ErrUnavailable},
		"401":       {func(c *mandates.Config) { c.Secret = "wrong" }, mandates.ErrCredentials},
		"garbled":   {func(*mandates.Config) { f.srv.Garble.Store(true) }, mandates.ErrMalformed},
		"old clock": {func(c *mandates.Config) { c.Now = func() time.Time { return time.Now().Add(-time.Hour) } }, mandates.ErrCredentials},
	}
	for name, tc := range cases {
		cfg := f.cfg
		tc.change(&cfg)
		c, err := mandates.New(cfg)
		if err != nil {
			t.Fatal(err)
		}
		_, err = c.Start(context.Background(), delegate, back, "fi")
		f.srv.Garble.Store(false)
		if !errors.Is(err, tc.want) || !strings.Contains(err.Error(), "register") || strings.Contains(err.Error(), delegate) {
			t.Errorf("%s: %v, want %v naming the step and not the henkilötunnus", name, err, tc.want)
		}
	}
}
