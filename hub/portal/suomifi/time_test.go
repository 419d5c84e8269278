package suomifi_test

import (
	"errors"
	"net/http"
	"net/http/httptest"
	"net/url"
	"testing"
	"time"

	"vuoro/hub/portal/suomifi"
	"vuoro/hub/portal/testidp"
	"vuoro/hub/queue/queuetest"
)

// TestTimeChecksAtTheirEdges runs the SP's clock against the IdP's, which
// issues the assertion at t0 valid from t0: the SP accepts it from 3
// minutes before t0 (the IdP's clock may be that far ahead) to 90 seconds
// after (crewjam/saml's MaxIssueDelay), and not a second outside.
func TestTimeChecksAtTheirEdges(t *testing.T) {
	if suomifi.ClockSkew != 3*time.Minute {
		t.Fatalf("the stated skew is %v", suomifi.ClockSkew)
	}
	t0 := time.Now().UTC().Truncate(time.Second)
	for _, tc := range []struct {
		name        string
		out, inside time.Time
	}{
		{"IdP clock ahead: NotBefore and IssueInstant", t0.Add(-3*time.Minute - time.Second), t0.Add(-3 * time.Minute)},
		{"response late: IssueInstant", t0.Add(90*time.Second + time.Second), t0.Add(90 * time.Second)},
	} {
		idpClock, spClock := queuetest.NewClock(t0), queuetest.NewClock(t0)
		r := newRigWith(t, testidp.Options{Clock: idpClock}, suomifi.Config{Clock: spClock})
		req, reqID := r.respond(t, "0")
		req.ParseForm()
		again := acs(req.PostForm)
		spClock.Set(tc.out)
		if _, err := r.sp.ParseResponse(req, reqID); !errors.Is(err, suomifi.ErrInvalid) {
			t.Errorf("%s: at %v from t0 the response was not refused: %v", tc.name, tc.out.Sub(t0), err)
		}
		spClock.Set(tc.inside)
		if _, err := r.sp.ParseResponse(again, reqID); err != nil {
			t.Errorf("%s: at %v from t0: %v", tc.name, tc.inside.Sub(t0), err)
		}
	}
}

// TestIdPChecksRequestSignature: the test IdP verifies the Redirect
// binding's query signature (SigAlg and Signature over the raw query): a
// request whose query was changed after signing, or with no signature, is
// refused, and the request as signed is taken.
func TestIdPChecksRequestSignature(t *testing.T) {
	r := newRig(t, 2)
	u, _, err := r.sp.LoginURL("relay", "fi")
	if err != nil {
		t.Fatal(err)
	}
	pu, _ := url.Parse(u)
	q := pu.Query()
	relayChanged := url.Values{"SAMLRequest": {q.Get("SAMLRequest")}, "RelayState": {"other"}, "SigAlg": {q.Get("SigAlg")}, "Signature": {q.Get("Signature")}}
	unsigned := url.Values{"SAMLRequest": {q.Get("SAMLRequest")}, "RelayState": {"relay"}}
	for name, want := range map[string]int{u: http.StatusOK,
		pu.Scheme + "://" + pu.Host + pu.Path + "?" + relayChanged.Encode(): http.StatusBadRequest,
		pu.Scheme + "://" + pu.Host + pu.Path + "?" + unsigned.Encode():     http.StatusBadRequest} {
		resp, err := http.Get(name)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != want {
			t.Errorf("%s: status %d, want %d", name, resp.StatusCode, want)
		}
	}
}

// TestLogoutTimeChecks: a logout response is taken when it comes and
// refused when it is replayed later than a login's response may be, or
// dated ahead of the SP's clock by more than the skew.
func TestLogoutTimeChecks(t *testing.T) {
	t0 := time.Now().UTC().Truncate(time.Second)
	idpClock, spClock := queuetest.NewClock(t0), queuetest.NewClock(t0)
	r := newRigWith(t, testidp.Options{Clock: idpClock}, suomifi.Config{Clock: spClock})
	req, reqID := r.respond(t, "0")
	id, err := r.sp.ParseResponse(req, reqID)
	if err != nil {
		t.Fatal(err)
	}
	u, _, err := r.sp.LogoutURL(id, "bye")
	if err != nil {
		t.Fatal(err)
	}
	resp, err := noRedirects().Get(u)
	if err != nil || resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("IdP logout: %v %v", resp.Status, err)
	}
	back := httptest.NewRequest("GET", resp.Header.Get("Location"), nil)
	for _, tc := range []struct {
		at time.Time
		ok bool
	}{
		{t0.Add(-3*time.Minute - time.Second), false}, // dated too far ahead of the SP
		{t0.Add(-3 * time.Minute), true},
		{t0.Add(90 * time.Second), true},
		{t0.Add(90*time.Second + time.Second), false}, // replayed later
	} {
		spClock.Set(tc.at)
		_, err := r.sp.ReadLogout(back)
		if tc.ok && err != nil || !tc.ok && !errors.Is(err, suomifi.ErrInvalid) {
			t.Errorf("logout response read at %v from its issue: %v", tc.at.Sub(t0), err)
		}
	}
}
