package portal

import (
	"context"
	"errors"
	"net/http"
	"strconv"

	"vuoro/hub/portal/mandates"
	"vuoro/hub/voucher"
)

// Mandates is Suomi.fi Mandates as the portal uses it; *mandates.Client
// is one, checking the issue code the municipality configured.
type Mandates interface {
	Start(ctx context.Context, delegate, redirectURI, lang string) (mandates.Selection, error)
	Finish(ctx context.Context, session, code, redirectURI string) (mandates.Principal, error)
	Cancel(ctx context.Context, session string)
}

type othersData struct {
	page
	People   []voucher.Person // whoever named the citizen proxy
	Mandates bool             // Suomi.fi Mandates can be asked
}

// others asks whom the citizen acts for: someone who named them proxy at
// the municipality, or someone who authorised them in Suomi.fi Mandates,
// whom they then pick at Suomi.fi.
func (p *Portal) others(w http.ResponseWriter, r *http.Request, se session) {
	p.renderOthers(w, r, se, http.StatusOK, "")
}

func (p *Portal) renderOthers(w http.ResponseWriter, r *http.Request, se session, code int, msg string) {
	d := othersData{page: p.page(r, se, "others.title"), People: p.principals(se)[1:], Mandates: p.opts.Mandates != nil}
	d.Error = msg
	p.render(w, code, "others.html", d)
}

func (p *Portal) actForOther(w http.ResponseWriter, r *http.Request, se session) {
	who, people := r.PostFormValue("who"), p.principals(se)[1:]
	if who == "suomifi" && p.opts.Mandates != nil && se.Data.Person.HETU != "" {
		p.startMandate(w, r, se)
		return
	}
	i, err := strconv.Atoi(who)
	if err != nil || i < 0 || i >= len(people) {
		p.renderOthers(w, r, se, http.StatusBadRequest, "others.pick")
		return
	}
	p.actFor(w, r, se, userData{ActFor: people[i].HETU, Basis: voucher.BasisProxy})
}

// mandateURI is where Suomi.fi sends the browser back to.
func (p *Portal) mandateURI() string { return p.opts.BaseURL + "/citizen/mandate" }

func (p *Portal) startMandate(w http.ResponseWriter, r *http.Request, se session) {
	sel, err := p.opts.Mandates.Start(r.Context(), se.Data.Person.HETU, p.mandateURI(), string(p.lang(r)))
	if err != nil {
		p.mandateFailed(w, r, se, err)
		return
	}
	p.sess.Update(se.Token, func(u *userData) { u.Mandate = sel.Session })
	http.Redirect(w, r, sel.URL, http.StatusSeeOther)
}

// mandateReturn is where the browser comes back from the selection at
// Suomi.fi: with a code, the principal chosen is fetched and the mandate
// for the matter checked; the citizen acts for them only if it holds.
func (p *Portal) mandateReturn(w http.ResponseWriter, r *http.Request, se session) {
	session, q := se.Data.Mandate, r.URL.Query()
	p.sess.Update(se.Token, func(u *userData) { u.Mandate = "" })
	switch {
	case session == "":
		p.renderOthers(w, r, se, http.StatusBadRequest, "mandate.expired")
		return
	case q.Get("code") == "":
		p.opts.Mandates.Cancel(r.Context(), session)
		p.renderOthers(w, r, se, http.StatusOK, "mandate.cancelled")
		return
	}
	who, err := p.opts.Mandates.Finish(r.Context(), session, q.Get("code"), p.mandateURI())
	if err != nil {
		p.mandateFailed(w, r, se, err)
		return
	}
	p.actFor(w, r, se, userData{ActFor: who.PersonID, Basis: voucher.BasisMandate, ActName: who.Name})
}

// mandateFailed tells the citizen what went wrong in a sentence and logs
// the cause (which never holds a henkilötunnus); the login goes on.
func (p *Portal) mandateFailed(w http.ResponseWriter, r *http.Request, se session, err error) {
	key, code := "mandate.unavailable", http.StatusBadGateway
	switch {
	case errors.Is(err, mandates.ErrNotAuthorized):
		key, code = "mandate.refused", http.StatusForbidden
	case errors.Is(err, mandates.ErrCancelled):
		key, code = "mandate.cancelled", http.StatusOK
	case errors.Is(err, mandates.ErrExpired):
		key, code = "mandate.expired", http.StatusBadRequest
	case errors.Is(err, mandates.ErrCredentials), errors.Is(err, mandates.ErrMalformed):
		key = "mandate.broken"
	}
	p.opts.Logger.Warn("citizen mandate check", "err", err)
	p.renderOthers(w, r, se, code, key)
}
