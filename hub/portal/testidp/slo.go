package testidp

import (
	"encoding/xml"
	"errors"
	"net/http"

	"github.com/crewjam/saml"

	"vuoro/hub/portal/suomifi"
)

var errNoEncryptionCert = errors.New("testidp: the service provider has no encryption certificate")

// serveSLO ends the IdP session a signed LogoutRequest names and sends the
// browser back with a signed LogoutResponse.
func (p *IdP) serveSLO(w http.ResponseWriter, r *http.Request) {
	rd, err := suomifi.DecodeRedirect(r.URL.RawQuery)
	var req saml.LogoutRequest
	if err == nil && rd.Param == "SAMLRequest" {
		err = xml.Unmarshal(rd.XML, &req)
	}
	if err != nil || req.Issuer == nil || req.NameID == nil || req.SessionIndex == nil {
		p.fail(w, "Uloskirjautumispyyntö on virheellinen. (Malformed logout request.)", err)
		return
	}
	if err := rd.Verify(p.spCerts(req.Issuer.Value, "signing")); err != nil {
		p.fail(w, "Uloskirjautumispyynnön allekirjoitus ei täsmää. (Signature does not verify.)", err)
		return
	}
	status := p.endSession(req)
	dest := p.spLogoutURL(req.Issuer.Value)
	msg := suomifi.LogoutResponse(p.EntityID(), dest, req.ID, status, p.opts.Clock.Now())
	u, err := suomifi.RedirectURL(dest, "SAMLResponse", msg, rd.Relay, p.kp.Key)
	if err != nil {
		p.fail(w, "Vastauksen muodostaminen epäonnistui.", err)
		return
	}
	http.Redirect(w, r, u, http.StatusSeeOther)
}

// endSession removes the session the request names, if it is the
// requester's and all of NameID, its qualifiers and SessionIndex match.
func (p *IdP) endSession(req saml.LogoutRequest) string {
	p.mu.Lock()
	defer p.mu.Unlock()
	s, ok := p.sessions[req.SessionIndex.Value]
	n := req.NameID
	if !ok || s.nameID != n.Value || s.sp != req.Issuer.Value || n.SPNameQualifier != s.sp || n.NameQualifier != p.EntityID() ||
		n.Format != string(saml.TransientNameIDFormat) || req.Destination != p.idp.LogoutURL.String() {
		return saml.StatusRequester
	}
	delete(p.sessions, req.SessionIndex.Value)
	return saml.StatusSuccess
}

// Sessions is the number of live IdP sessions, for tests.
func (p *IdP) Sessions() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return len(p.sessions)
}

func (p *IdP) spLogoutURL(entityID string) string {
	md, err := p.GetServiceProvider(nil, entityID)
	if err != nil || len(md.SPSSODescriptors[0].SingleLogoutServices) == 0 {
		return ""
	}
	return md.SPSSODescriptors[0].SingleLogoutServices[0].Location
}
