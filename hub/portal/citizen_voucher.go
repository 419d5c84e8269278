package portal

import (
	"net/http"
	"strconv"

	"vuoro/hub/voucher"
)

// voucherData is a voucher with its events and feedback, as each kind of
// user may see it.
type voucherData struct {
	page
	V         voucher.Voucher
	Events    []voucher.ServiceEvent
	Feedback  []voucher.Feedback
	Names     map[string]string  // provider names by ID
	Providers []voucher.Provider // who may receive feedback, or all
	// Mandated: a citizen acting on a Suomi.fi mandate sees the voucher
	// but does not give feedback, which is the client's or their proxy's.
	Mandated bool
}

// fill reads a voucher's events, feedback and providers.
func fill(s *voucher.State, d *voucherData, keepEvent func(voucher.ServiceEvent) bool, keepFeedback func(voucher.Feedback) bool) {
	d.Events = s.Events(keepEvent)
	d.Feedback = s.Feedbacks(keepFeedback)
	d.Names = map[string]string{}
	for _, pr := range s.Providers {
		d.Names[pr.ID] = pr.Name
		if s.ProviderMay(pr.ID, d.V.ID) {
			d.Providers = append(d.Providers, pr)
		}
	}
}

func onVoucher(id uint64) (func(voucher.ServiceEvent) bool, func(voucher.Feedback) bool) {
	return func(e voucher.ServiceEvent) bool { return e.Voucher == id }, func(f voucher.Feedback) bool { return f.Voucher == id }
}

// citizenData returns the voucher page's data if the citizen may see it.
func (p *Portal) citizenData(r *http.Request, se session, id uint64) (voucherData, bool) {
	d := voucherData{page: p.page(r, se, "voucher.title"), Mandated: se.Data.Basis == voucher.BasisMandate}
	ok := false
	p.eng.Read(func(s *voucher.State) {
		d.V, ok = s.Voucher(id)
		if ok = ok && citizenOf(se).MayFor(actingFor(se), d.V); ok {
			e, f := onVoucher(id)
			fill(s, &d, e, f)
		}
	})
	return d, ok
}

func (p *Portal) citizenVoucher(w http.ResponseWriter, r *http.Request, se session) {
	d, ok := p.citizenData(r, se, pathID(r))
	if !ok {
		p.fail(w, r, http.StatusNotFound, "err.notFound")
		return
	}
	p.seen(se, "citizen.voucher", []uint64{d.V.ID})
	p.render(w, http.StatusOK, "citizen_voucher.html", d)
}

func (p *Portal) giveFeedback(w http.ResponseWriter, r *http.Request, se session) {
	d, ok := p.citizenData(r, se, pathID(r))
	if !ok {
		p.fail(w, r, http.StatusNotFound, "err.notFound")
		return
	}
	rating, _ := strconv.Atoi(r.PostFormValue("rating"))
	f := voucher.Feedback{Provider: r.PostFormValue("provider"), Rating: rating, Text: r.PostFormValue("text")}
	if d.Mandated {
		p.fail(w, r, http.StatusForbidden, "feedback.mandate")
		return
	}
	if _, err := p.eng.GiveFeedback(se.Data.Person, d.V.ID, f); err != nil {
		d.Error = "feedback.invalid"
		p.render(w, http.StatusBadRequest, "citizen_voucher.html", d)
		return
	}
	p.redirect(w, r, "/citizen/feedback?sent=1")
}

type feedbackData struct {
	page
	Feedback []voucher.Feedback
	Names    map[string]string
}

func (p *Portal) feedbackList(w http.ResponseWriter, r *http.Request, se session) {
	d := feedbackData{page: p.page(r, se, "feedback.title"), Names: map[string]string{}}
	c, who := citizenOf(se), actingFor(se)
	var vs []uint64
	p.eng.Read(func(s *voucher.State) {
		d.Feedback = s.Feedbacks(func(f voucher.Feedback) bool { v, _ := s.Voucher(f.Voucher); return c.MayFor(who, v) })
		for _, pr := range s.Providers {
			d.Names[pr.ID] = pr.Name
		}
	})
	for _, f := range d.Feedback {
		vs = append(vs, f.Voucher)
	}
	if r.URL.Query().Get("sent") != "" {
		d.Notice = "feedback.sent"
	}
	p.seen(se, "citizen.feedback", vs)
	p.render(w, http.StatusOK, "citizen_feedback.html", d)
}
