package testidp

import (
	"bytes"
	"net/http"
	"strconv"

	"github.com/beevik/etree"

	"github.com/crewjam/saml"

	"vuoro/hub/portal/suomifi"
)

// serveSSO checks an AuthnRequest with crewjam/saml's IdP, which verifies
// the Redirect binding's query signature (SigAlg and Signature over the
// query as received, saml-bindings §3.4.4.1) against the signing
// certificate in the SP's metadata, and shows the identity picker.
func (p *IdP) serveSSO(w http.ResponseWriter, r *http.Request) {
	req, err := saml.NewIdpAuthnRequest(&p.idp, r)
	if err != nil {
		p.fail(w, "Pyyntö on virheellinen. (Malformed request.)", err)
		return
	}
	if err := req.Validate(); err != nil {
		p.fail(w, "Pyyntöä ei hyväksytty. (Request refused.)", err)
		return
	}
	token := suomifi.NewID()
	p.mu.Lock()
	p.pending[token] = req
	p.mu.Unlock()
	p.render(w, "pick.html", pickData{Token: token, Action: p.idp.SSOURL.String(), People: p.opts.Identities})
}

type pickData struct {
	Token, Action string
	People        []Identity
}

// serveChoice answers the pending request with the chosen identity, or
// with an error status when the user cancelled.
func (p *IdP) serveChoice(w http.ResponseWriter, r *http.Request) {
	p.mu.Lock()
	req, ok := p.pending[r.PostFormValue("token")]
	delete(p.pending, r.PostFormValue("token"))
	p.mu.Unlock()
	if !ok {
		p.fail(w, "Tunnistus on vanhentunut. Palaa asiointipalveluun. (Expired; go back to the service.)", nil)
		return
	}
	var form saml.IdpAuthnRequestForm
	var err error
	if i, e := strconv.Atoi(r.PostFormValue("who")); e == nil && i >= 0 && i < len(p.opts.Identities) {
		form, err = p.success(req, p.opts.Identities[i])
	} else {
		form, err = p.cancelled(req)
	}
	if err != nil {
		p.fail(w, "Vastauksen muodostaminen epäonnistui. (Could not make the response.)", err)
		return
	}
	p.render(w, "post.html", form)
}

func (p *IdP) success(req *saml.IdpAuthnRequest, who Identity) (saml.IdpAuthnRequestForm, error) {
	req.Assertion = p.assertion(req, who)
	resp, err := p.response(req)
	if err != nil {
		return saml.IdpAuthnRequestForm{}, err
	}
	req.ResponseEl = resp
	p.mu.Lock()
	p.sessions[req.Assertion.AuthnStatements[0].SessionIndex] = session{nameID: req.Assertion.Subject.NameID.Value,
		sp: req.ServiceProviderMetadata.EntityID}
	p.mu.Unlock()
	return req.PostBinding()
}

// response is a signed Response with the encrypted assertion, its
// prefixes as the quirks say.
func (p *IdP) response(req *saml.IdpAuthnRequest) (*etree.Element, error) {
	ea, err := p.encryptedAssertion(req)
	if err != nil {
		return nil, err
	}
	el := p.responseTo(req, saml.Status{StatusCode: saml.StatusCode{Value: saml.StatusSuccess}}).Element()
	el.AddChild(ea)
	p.opts.Quirks.apply(el)
	return p.sign(el)
}

func (p *IdP) responseTo(req *saml.IdpAuthnRequest, status saml.Status) *saml.Response {
	return &saml.Response{ID: suomifi.NewID(), InResponseTo: req.Request.ID, Version: "2.0", IssueInstant: req.Now,
		Destination: req.ACSEndpoint.Location, Issuer: p.issuer(), Status: status}
}

// cancelled is what Suomi.fi sends when the user cancels: a signed
// Response with Requester / AuthnFailed and no assertion.
func (p *IdP) cancelled(req *saml.IdpAuthnRequest) (saml.IdpAuthnRequestForm, error) {
	resp := p.responseTo(req, saml.Status{StatusCode: saml.StatusCode{Value: saml.StatusRequester, StatusCode: &saml.StatusCode{Value: saml.StatusAuthnFailed}}})
	signed, err := p.sign(resp.Element())
	if err != nil {
		return saml.IdpAuthnRequestForm{}, err
	}
	req.ResponseEl = signed
	return req.PostBinding()
}

func (p *IdP) render(w http.ResponseWriter, name string, data any) {
	var b bytes.Buffer
	if err := p.tpl.ExecuteTemplate(&b, name, data); err != nil {
		http.Error(w, "testidp: "+err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	b.WriteTo(w)
}

// fail shows an error page; the cause is for the developer reading it.
func (p *IdP) fail(w http.ResponseWriter, msg string, cause error) {
	detail := ""
	if cause != nil {
		detail = cause.Error()
	}
	w.WriteHeader(http.StatusBadRequest)
	p.render(w, "error.html", struct{ Message, Detail string }{msg, detail})
}
