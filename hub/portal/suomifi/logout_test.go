package suomifi_test

import (
	"encoding/xml"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/crewjam/saml"

	"vuoro/hub/portal/suomifi"
)

func noRedirects() *http.Client {
	return &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
}

func TestSingleLogout(t *testing.T) {
	r := newRig(t, 2)
	req, reqID := r.respond(t, "0")
	id, err := r.sp.ParseResponse(req, reqID)
	if err != nil {
		t.Fatal(err)
	}
	u, logoutID, err := r.sp.LogoutURL(id, "bye")
	if err != nil {
		t.Fatal(err)
	}
	checkLogoutRequest(t, u, id)
	resp, err := noRedirects().Get(u)
	if err != nil || resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("IdP logout: %v %v", resp.Status, err)
	}
	back := resp.Header.Get("Location")
	if !strings.HasPrefix(back, r.srv.URL+"/sp/slo?SAMLResponse=") || r.idp.Sessions() != 0 {
		t.Fatalf("IdP answered %s with %d sessions left", back, r.idp.Sessions())
	}
	msg, err := r.sp.ReadLogout(httptest.NewRequest("GET", back, nil))
	if err != nil || msg.InResponseTo != logoutID || msg.Relay != "bye" {
		t.Fatalf("logout response: %+v %v", msg, err)
	}
	tampered := strings.Replace(back, "RelayState=bye", "RelayState=other", 1)
	if _, err := r.sp.ReadLogout(httptest.NewRequest("GET", tampered, nil)); !errors.Is(err, suomifi.ErrInvalid) {
		t.Errorf("tampered logout response: %v", err)
	}
}

// checkLogoutRequest reads the request as the IdP would and checks what
// Suomi.fi requires of it.
func checkLogoutRequest(t *testing.T, u string, id suomifi.Identity) {
	t.Helper()
	pu, _ := url.Parse(u)
	rd, err := suomifi.DecodeRedirect(pu.RawQuery)
	if err != nil {
		t.Fatal(err)
	}
	var lr saml.LogoutRequest
	if err := xml.Unmarshal(rd.XML, &lr); err != nil {
		t.Fatal(err)
	}
	n := lr.NameID
	if n.Format != string(saml.TransientNameIDFormat) || n.Value != id.NameID || n.NameQualifier != id.NameQualifier ||
		n.SPNameQualifier != id.SPNameQualifier || lr.SessionIndex == nil || lr.SessionIndex.Value != id.SessionIndex {
		t.Errorf("logout request NameID %+v SessionIndex %+v", n, lr.SessionIndex)
	}
	if lr.Signature != nil || pu.Query().Get("Signature") == "" || pu.Query().Get("SigAlg") != suomifi.SigAlg {
		t.Error("a redirect logout request is signed in the query, not in the XML")
	}
}

func TestIdPRefusesUnsignedRequest(t *testing.T) {
	r := newRig(t, 2)
	u, _, _ := r.sp.LoginURL("", "fi")
	i := strings.Index(u, "&Signature=")
	resp, err := http.Get(u[:i] + "&Signature=AAAA")
	if err != nil || resp.StatusCode != http.StatusBadRequest {
		t.Errorf("IdP accepted a request with a bad signature: %v %v", resp.Status, err)
	}
}

func TestMetadata(t *testing.T) {
	r := newRig(t, 2)
	b, err := r.sp.Metadata()
	if err != nil {
		t.Fatal(err)
	}
	var md saml.EntityDescriptor
	if err := xml.Unmarshal(b, &md); err != nil {
		t.Fatal(err)
	}
	d := md.SPSSODescriptors[0]
	kd := d.KeyDescriptors
	if len(kd) != 2 || kd[0].Use != "signing" || kd[1].Use != "encryption" ||
		kd[0].KeyInfo.X509Data.X509Certificates[0].Data == kd[1].KeyInfo.X509Data.X509Certificates[0].Data {
		t.Errorf("want separate signing and encryption certificates: %+v", kd)
	}
	if len(d.AssertionConsumerServices) != 1 || d.AssertionConsumerServices[0].Binding != saml.HTTPPostBinding ||
		!*d.AuthnRequestsSigned || d.SingleLogoutServices[0].Binding != saml.HTTPRedirectBinding ||
		d.NameIDFormats[0] != saml.TransientNameIDFormat {
		t.Errorf("SP descriptor: %+v", d)
	}
}
