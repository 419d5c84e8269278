package portal

import (
	"errors"
	"net/http"
	"strconv"
	"time"

	"vuoro/hub/voucher"
)

// record records a service event, or a correction (a negative amount
// against one of the provider's events).
func (p *Portal) record(w http.ResponseWriter, r *http.Request, se session) {
	d, ok := p.providerVoucher(r, se, pathID(r))
	if !ok {
		p.fail(w, r, http.StatusNotFound, "err.notFound")
		return
	}
	in, err := readEntry(r)
	if err == nil {
		_, err = p.eng.Record(p.providerOf(se).ID, se.Data.Login, d.V.ID, in)
	}
	if err != nil {
		d.Error = recordErrKey(err)
		d.Names["today"] = r.PostFormValue("date")
		p.render(w, http.StatusBadRequest, "client.html", d)
		return
	}
	p.redirect(w, r, "/provider/clients/"+itoa(d.V.ID))
}

func readEntry(r *http.Request) (voucher.Entry, error) {
	date, err := time.Parse(time.DateOnly, r.PostFormValue("date"))
	if err != nil {
		return voucher.Entry{}, voucher.ErrInvalid
	}
	amount, err := voucher.ParseEuros(r.PostFormValue("amount"))
	if err != nil {
		return voucher.Entry{}, err
	}
	corrects, _ := strconv.ParseUint(r.PostFormValue("corrects"), 10, 64)
	if corrects != 0 && amount > 0 {
		amount = -amount // a correction is a credit, however it was typed
	}
	return voucher.Entry{Date: date, Description: r.PostFormValue("description"), Amount: amount, Corrects: corrects}, nil
}

func recordErrKey(err error) string {
	switch {
	case errors.Is(err, voucher.ErrBalance):
		return "record.balance"
	case errors.Is(err, voucher.ErrClosed):
		return "record.closed"
	}
	return "record.invalid"
}

func (p *Portal) reply(w http.ResponseWriter, r *http.Request, se session) {
	pr := p.providerOf(se)
	var f *voucher.Feedback
	p.eng.Read(func(s *voucher.State) {
		if fb := s.Feedback(pathID(r)); fb != nil {
			c := *fb
			f = &c
		}
	})
	if f == nil || f.Provider != pr.ID {
		p.fail(w, r, http.StatusNotFound, "err.notFound")
		return
	}
	if err := p.eng.Reply(pr.ID, se.Data.Login, f.ID, r.PostFormValue("reply")); err != nil {
		p.fail(w, r, http.StatusBadRequest, "reply.invalid")
		return
	}
	p.redirect(w, r, "/provider/clients/"+itoa(f.Voucher))
}
