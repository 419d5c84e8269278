package suomifi_test

import (
	"bytes"
	"encoding/base64"
	"errors"
	"html"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"vuoro/hub/portal/suomifi"
	"vuoro/hub/portal/testidp"
)

type rig struct {
	srv  *httptest.Server
	idp  *testidp.IdP
	sp   *suomifi.SP
	sign suomifi.KeyPair // the SP's signing key
}

func keys(t *testing.T) (suomifi.KeyPair, suomifi.KeyPair) {
	t.Helper()
	s, err1 := suomifi.NewKeyPair("sp signing")
	e, err2 := suomifi.NewKeyPair("sp encryption")
	if err := errors.Join(err1, err2); err != nil {
		t.Fatal(err)
	}
	return s, e
}

// newRig serves a test IdP at /idp and makes an SP at /sp that trusts it.
func newRig(t *testing.T, minLevel int) *rig {
	t.Helper()
	return newRigWith(t, testidp.Options{}, suomifi.Config{MinLevel: minLevel})
}

// newRigWith is newRig with the IdP's options and the SP's configuration
// (their addresses, keys and metadata filled in here).
func newRigWith(t *testing.T, o testidp.Options, cfg suomifi.Config) *rig {
	t.Helper()
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	o.BaseURL = srv.URL + "/idp"
	idp, err := testidp.New(o)
	if err != nil {
		t.Fatal(err)
	}
	mux.Handle("/idp/", idp)
	sign, enc := keys(t)
	cfg.BaseURL, cfg.Signing, cfg.Encryption, cfg.IdPMetadata = srv.URL+"/sp", sign, enc, idp.Metadata()
	sp, err := suomifi.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	md, err := sp.Metadata()
	if err == nil {
		err = idp.Trust(md)
	}
	if err != nil {
		t.Fatal(err)
	}
	return &rig{srv: srv, idp: idp, sp: sp, sign: sign}
}

var field = regexp.MustCompile(`name="(token|SAMLResponse|RelayState)" value="([^"]*)"`)

func fields(t *testing.T, body string) url.Values {
	t.Helper()
	v := url.Values{}
	for _, m := range field.FindAllStringSubmatch(body, -1) {
		v.Set(m[1], html.UnescapeString(m[2]))
	}
	return v
}

// read returns a response's body, or the error, for the test to show.
func read(resp *http.Response, err error) string {
	if err != nil {
		return "error: " + err.Error()
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return string(b)
}

// respond runs a login at the IdP as identity who ("0", "1", … or
// "cancel") and returns the POST the browser would send to the ACS.
func (r *rig) respond(t *testing.T, who string) (*http.Request, string) {
	t.Helper()
	u, reqID, err := r.sp.LoginURL("relay123", "fi")
	if err != nil {
		t.Fatal(err)
	}
	page := read(http.Get(u))
	form := fields(t, page)
	if form.Get("token") == "" {
		t.Fatalf("no identity picker:\n%s", page)
	}
	form.Set("who", who)
	post := fields(t, read(http.PostForm(r.srv.URL+"/idp/sso", form)))
	if post.Get("RelayState") != "relay123" {
		t.Fatalf("relay state %q", post.Get("RelayState"))
	}
	return acs(post), reqID
}

func acs(form url.Values) *http.Request {
	req := httptest.NewRequest("POST", "/sp/acs", strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return req
}

func TestLoginReadsLimitedDataSet(t *testing.T) {
	r := newRig(t, 2)
	req, reqID := r.respond(t, "0")
	id, err := r.sp.ParseResponse(req, reqID)
	if err != nil {
		t.Fatal(err)
	}
	if id.HETU() != "010280-952L" || id.Name() != "Sanna Testinen" || id.LoA != suomifi.LoA3 || id.Foreign() {
		t.Errorf("identity = %+v %s %s", id, id.Name(), id.LoA)
	}
	if id.NameQualifier != r.idp.EntityID() || id.SPNameQualifier != r.sp.EntityID() || id.SessionIndex == "" || id.NameID == "" {
		t.Errorf("NameID %q qualifiers %q %q session %q", id.NameID, id.NameQualifier, id.SPNameQualifier, id.SessionIndex)
	}
	if id.Attr(suomifi.AttrSN) != "Testinen" || id.Attr(suomifi.AttrCN) != "Testinen Sanna" {
		t.Errorf("attributes by OID: sn %q cn %q", id.Attr(suomifi.AttrSN), id.Attr(suomifi.AttrCN))
	}
}

func TestForeignUserHasNoCode(t *testing.T) {
	r := newRig(t, 2)
	req, reqID := r.respond(t, "3")
	id, err := r.sp.ParseResponse(req, reqID)
	if err != nil {
		t.Fatal(err)
	}
	if !id.Foreign() || id.Name() != "Ingrid Svensson" || id.LoA != suomifi.Substantial {
		t.Errorf("foreign identity: %q %q", id.Name(), id.LoA)
	}
}

func TestResponsesRefused(t *testing.T) {
	for _, tc := range []struct {
		name     string
		minLevel int
		who      string
		spoil    func(*http.Request, string) (*http.Request, string)
		want     error
	}{
		{"cancelled", 2, "cancel", nil, suomifi.ErrStatus},
		{"level too low", 3, "1", nil, suomifi.ErrLoA},
		{"another request's response", 2, "0", func(r *http.Request, _ string) (*http.Request, string) { return r, "_other" }, suomifi.ErrInvalid},
		{"tampered", 2, "0", tamper, suomifi.ErrInvalid},
	} {
		r := newRig(t, tc.minLevel)
		req, reqID := r.respond(t, tc.who)
		if tc.spoil != nil {
			req, reqID = tc.spoil(req, reqID)
		}
		if _, err := r.sp.ParseResponse(req, reqID); !errors.Is(err, tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, err, tc.want)
		}
	}
}

// tamper changes the response's Destination after it was signed.
func tamper(r *http.Request, reqID string) (*http.Request, string) {
	r.ParseForm()
	raw, _ := base64.StdEncoding.DecodeString(r.PostForm.Get("SAMLResponse"))
	raw = bytes.Replace(raw, []byte(`Version="2.0"`), []byte(`Version="2.0" Consent="urn:x"`), 1)
	return acs(url.Values{"SAMLResponse": {base64.StdEncoding.EncodeToString(raw)}}), reqID
}

func TestReplayRefused(t *testing.T) {
	r := newRig(t, 2)
	req, reqID := r.respond(t, "0")
	req.ParseForm()
	again := acs(req.PostForm)
	if _, err := r.sp.ParseResponse(req, reqID); err != nil {
		t.Fatal(err)
	}
	if _, err := r.sp.ParseResponse(again, reqID); !errors.Is(err, suomifi.ErrReplay) {
		t.Errorf("replayed response: %v", err)
	}
}

func TestWrongSignerRefused(t *testing.T) {
	r := newRig(t, 2)
	rogue, err := testidp.New(testidp.Options{BaseURL: r.srv.URL + "/idp"}) // same name, other key
	if err != nil {
		t.Fatal(err)
	}
	md, _ := r.sp.Metadata()
	rogue.Trust(md)
	u, reqID, _ := r.sp.LoginURL("", "fi")
	page := httptest.NewRecorder()
	rogue.ServeHTTP(page, httptest.NewRequest("GET", u, nil))
	form := fields(t, page.Body.String())
	form.Set("who", "0")
	post := httptest.NewRecorder()
	rogue.ServeHTTP(post, acs(form))
	if _, err := r.sp.ParseResponse(acs(fields(t, post.Body.String())), reqID); !errors.Is(err, suomifi.ErrInvalid) {
		t.Errorf("response signed by another key: %v", err)
	}
}
