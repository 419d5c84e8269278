package suomifi

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/xml"
	"fmt"
	"net/http"
	"time"

	"github.com/beevik/etree"
	"github.com/crewjam/saml"
)

// crewjam/saml's logout request has no SessionIndex, qualifies the NameID
// with the IdP's entity ID rather than the values the assertion carried,
// and signs the XML instead of the redirect query; Suomi.fi needs all
// three done the SAML way, so this file builds and reads logout messages
// itself with crewjam/saml's types and RedirectURL.

// LogoutURL returns the IdP's single logout address with a signed
// LogoutRequest for id, and the request's ID. Close the local session first.
func (sp *SP) LogoutURL(id Identity, relay string) (string, string, error) {
	dest := sp.cur.Load().saml.GetSLOBindingLocation(saml.HTTPRedirectBinding)
	req := saml.LogoutRequest{ID: NewID(), Version: "2.0", IssueInstant: sp.cfg.Clock.Now(), Destination: dest,
		Issuer: issuer(sp.cfg.EntityID),
		NameID: &saml.NameID{Format: string(saml.TransientNameIDFormat), Value: id.NameID,
			NameQualifier: id.NameQualifier, SPNameQualifier: id.SPNameQualifier},
		SessionIndex: &saml.SessionIndex{Value: id.SessionIndex}}
	u, err := RedirectURL(dest, "SAMLRequest", Serialize(req.Element()), relay, sp.cfg.Signing.Key)
	return u, req.ID, err
}

// Logout is a logout message from the IdP: the response to our request,
// or a request started at another service.
type Logout struct {
	Relay        string
	InResponseTo string              // a response's
	Request      *saml.LogoutRequest // a request's
}

// ReadLogout verifies and reads a logout message sent to the SLO endpoint.
func (sp *SP) ReadLogout(r *http.Request) (Logout, error) {
	rd, err := DecodeRedirect(r.URL.RawQuery)
	if err != nil {
		return Logout{}, err
	}
	if err := rd.Verify(sp.cur.Load().certs); err != nil {
		return Logout{}, err
	}
	if rd.Param == "SAMLRequest" {
		return sp.readLogoutRequest(rd)
	}
	var resp saml.LogoutResponse
	if err := xml.Unmarshal(rd.XML, &resp); err != nil {
		return Logout{}, fmt.Errorf("%w: logout response: %v", ErrInvalid, err)
	}
	if err := sp.checkFromIdP(resp.Destination, resp.Issuer); err != nil {
		return Logout{}, err
	}
	if err := sp.checkIssued(resp.IssueInstant); err != nil {
		return Logout{}, err
	}
	if resp.Status.StatusCode.Value != saml.StatusSuccess {
		return Logout{}, StatusError{Code: resp.Status.StatusCode.Value}
	}
	return Logout{Relay: rd.Relay, InResponseTo: resp.InResponseTo}, nil
}

func (sp *SP) readLogoutRequest(rd *Redirect) (Logout, error) {
	var req saml.LogoutRequest
	if err := xml.Unmarshal(rd.XML, &req); err != nil || req.NameID == nil {
		return Logout{}, fmt.Errorf("%w: logout request: %v", ErrInvalid, err)
	}
	if err := sp.checkFromIdP(req.Destination, req.Issuer); err != nil {
		return Logout{}, err
	}
	if err := sp.checkIssued(req.IssueInstant); err != nil {
		return Logout{}, err
	}
	return Logout{Relay: rd.Relay, Request: &req}, nil
}

// checkIssued refuses a logout message issued in the future (beyond
// ClockSkew) or longer ago than a login's response may be (MaxIssueDelay):
// a signed logout message is good once, when the browser brings it, not
// when someone replays it later.
func (sp *SP) checkIssued(at time.Time) error {
	now := sp.cfg.Clock.Now()
	if at.IsZero() || at.After(now.Add(ClockSkew)) || now.Sub(at) > saml.MaxIssueDelay {
		return fmt.Errorf("%w: logout message issued at %s, %s from now", ErrInvalid,
			at.UTC().Format(time.RFC3339), at.Sub(now).Round(time.Second))
	}
	return nil
}

func (sp *SP) checkFromIdP(dest string, iss *saml.Issuer) error {
	b := sp.cur.Load()
	if dest != b.saml.SloURL.String() || iss == nil || iss.Value != b.idp.EntityID {
		return fmt.Errorf("%w: logout message for another destination or from another issuer", ErrInvalid)
	}
	return nil
}

// LogoutResponseURL answers an IdP-initiated LogoutRequest with success.
func (sp *SP) LogoutResponseURL(inResponseTo, relay string) (string, error) {
	slo := sp.cur.Load().idp.IDPSSODescriptors[0].SingleLogoutServices
	if len(slo) == 0 {
		return "", fmt.Errorf("suomifi: identity provider has no logout service")
	}
	dest := slo[0].Location
	if slo[0].ResponseLocation != "" {
		dest = slo[0].ResponseLocation
	}
	msg := LogoutResponse(sp.cfg.EntityID, dest, inResponseTo, saml.StatusSuccess, sp.cfg.Clock.Now())
	return RedirectURL(dest, "SAMLResponse", msg, relay, sp.cfg.Signing.Key)
}

// LogoutResponse is a LogoutResponse message issued at now, for either side.
func LogoutResponse(from, dest, inResponseTo, status string, now time.Time) []byte {
	resp := saml.LogoutResponse{ID: NewID(), InResponseTo: inResponseTo, Version: "2.0", IssueInstant: now,
		Destination: dest, Issuer: issuer(from), Status: saml.Status{StatusCode: saml.StatusCode{Value: status}}}
	return Serialize(resp.Element())
}

func issuer(entityID string) *saml.Issuer {
	return &saml.Issuer{Format: "urn:oasis:names:tc:SAML:2.0:nameid-format:entity", Value: entityID}
}

// NewID is a fresh SAML message ID: an NCName with 160 random bits.
func NewID() string {
	b := make([]byte, 20)
	rand.Read(b)
	return "_" + hex.EncodeToString(b)
}

// Serialize writes an element as a document.
func Serialize(el *etree.Element) []byte {
	doc := etree.NewDocument()
	doc.SetRoot(el)
	b, _ := doc.WriteToBytes()
	return b
}
