package portal

import (
	"errors"
	"net/http"

	"vuoro/hub/portal/suomifi"
	"vuoro/hub/voucher"
	"vuoro/hub/webkit"
)

// citizenLogin sends the browser to the identity provider with a signed
// AuthnRequest.
func (p *Portal) citizenLogin(w http.ResponseWriter, r *http.Request) {
	relay, bind := webkit.RandomToken(), webkit.RandomToken()
	u, reqID, err := p.sp.LoginURL(relay, string(p.lang(r)))
	if err != nil {
		p.opts.Logger.Error("portal authn request", "err", err)
		p.fail(w, r, http.StatusInternalServerError, "err.internal")
		return
	}
	p.logins.put(relay, pending{requestID: reqID, bind: bind})
	p.bind.Set(w, bind)
	http.Redirect(w, r, u, http.StatusSeeOther)
}

// acs receives the identity provider's response (a cross-site POST, so no
// cookies): it checks it, then sends the browser on to finishLogin, a
// top-level GET that carries the login cookie.
func (p *Portal) acs(w http.ResponseWriter, r *http.Request) {
	relay := r.PostFormValue("RelayState")
	pd, ok := p.logins.get(relay)
	if !ok || pd.id != nil {
		p.fail(w, r, http.StatusBadRequest, "saml.expired")
		return
	}
	id, err := p.sp.ParseResponse(r, pd.requestID)
	if err != nil {
		p.logins.take(relay)
		p.opts.Logger.Warn("citizen login failed", "err", err)
		p.fail(w, r, http.StatusUnauthorized, failureKey(err))
		return
	}
	p.logins.identify(relay, id)
	p.redirect(w, r, "/saml/finish?state="+relay)
}

func failureKey(err error) string {
	switch {
	case errors.Is(err, suomifi.ErrStatus):
		return "saml.cancelled"
	case errors.Is(err, suomifi.ErrLoA):
		return "saml.loa"
	case errors.Is(err, suomifi.ErrReplay):
		return "saml.replay"
	}
	return "saml.invalid"
}

func (p *Portal) finishLogin(w http.ResponseWriter, r *http.Request) {
	pd, ok := p.logins.take(r.URL.Query().Get("state"))
	if !ok || pd.id == nil || !webkit.SameToken(p.bind.Value(r), pd.bind) {
		p.fail(w, r, http.StatusBadRequest, "saml.expired")
		return
	}
	p.bind.Clear(w)
	id := *pd.id
	p.setSession(w, r, userData{Kind: kindCitizen, Person: voucher.Person{HETU: id.HETU(), Name: id.Name()}, ID: id})
	p.opts.Logger.Info("citizen login", "loa", id.LoA, "foreign", id.Foreign())
	p.redirect(w, r, "/citizen")
}

// citizenLogout closes the local session first and then sends the browser
// to the identity provider with a signed LogoutRequest.
func (p *Portal) citizenLogout(w http.ResponseWriter, r *http.Request, se session) {
	p.clearSession(w, se)
	relay := webkit.RandomToken()
	u, reqID, err := p.sp.LogoutURL(se.Data.ID, relay)
	if err != nil {
		p.opts.Logger.Error("portal logout request", "err", err)
		p.redirect(w, r, "/logged-out")
		return
	}
	p.logouts.put(relay, pending{requestID: reqID})
	http.Redirect(w, r, u, http.StatusSeeOther)
}

// slo receives the IdP's LogoutResponse, or a LogoutRequest when the user
// logs out at another service.
func (p *Portal) slo(w http.ResponseWriter, r *http.Request) {
	msg, err := p.sp.ReadLogout(r)
	if err != nil && !errors.Is(err, suomifi.ErrStatus) {
		p.opts.Logger.Warn("portal logout message refused", "err", err)
		p.fail(w, r, http.StatusBadRequest, "saml.logoutInvalid")
		return
	}
	if msg.Request != nil {
		p.idpLogout(w, r, msg)
		return
	}
	pd, ok := p.logouts.take(msg.Relay)
	if !ok || pd.requestID != msg.InResponseTo || err != nil {
		p.fail(w, r, http.StatusBadRequest, "saml.logoutPartial")
		return
	}
	p.redirect(w, r, "/logged-out")
}

func (p *Portal) idpLogout(w http.ResponseWriter, r *http.Request, msg suomifi.Logout) {
	req := msg.Request
	n := p.sess.DeleteWhere(func(d userData) bool {
		return d.Kind == kindCitizen && d.ID.NameID == req.NameID.Value &&
			(req.SessionIndex == nil || req.SessionIndex.Value == d.ID.SessionIndex)
	})
	p.opts.Logger.Info("citizen logged out by the identity provider", "sessions", n)
	u, err := p.sp.LogoutResponseURL(req.ID, msg.Relay)
	if err != nil {
		p.fail(w, r, http.StatusInternalServerError, "err.internal")
		return
	}
	http.Redirect(w, r, u, http.StatusSeeOther)
}

func (p *Portal) loggedOut(w http.ResponseWriter, r *http.Request) {
	pg := p.page(r, session{}, "out.title")
	pg.Notice = "out.done"
	p.render(w, http.StatusOK, "loggedout.html", pg)
}

func (p *Portal) metadata(w http.ResponseWriter, r *http.Request) {
	b, err := p.sp.Metadata()
	if err != nil {
		p.site.Error(w, r, http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/samlmetadata+xml")
	w.Write(b)
}
