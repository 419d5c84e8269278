package portal

import (
	"errors"
	"net/http"
	"time"

	"vuoro/hub/voucher"
)

type providerData struct {
	page
	Provider voucher.Provider
	Clients  []voucher.Voucher
	Waiting  int // feedback without a reply
}

func (p *Portal) providerHome(w http.ResponseWriter, r *http.Request, se session) {
	p.renderProviderHome(w, r, se, http.StatusOK, "")
}

func (p *Portal) renderProviderHome(w http.ResponseWriter, r *http.Request, se session, code int, errKey string) {
	d := providerData{page: p.page(r, se, "provider.title"), Provider: p.providerOf(se)}
	d.Error = errKey
	p.eng.Read(func(s *voucher.State) {
		d.Clients = s.Clients(d.Provider.ID)
		d.Waiting = len(s.Feedbacks(func(f voucher.Feedback) bool { return f.Provider == d.Provider.ID && f.Reply == "" }))
	})
	p.seen(se, "provider.clients", ids(d.Clients))
	p.render(w, code, "provider.html", d)
}

// openClient gives the provider access to a client by the voucher number
// and check code. Failures are counted per provider and per address.
func (p *Portal) openClient(w http.ResponseWriter, r *http.Request, se session) {
	pr := p.providerOf(se)
	keys := []string{"open:" + pr.ID, "open-ip:" + p.clientIP(r)}
	if p.limit.Locked(keys...) > 0 {
		p.opts.Logger.Warn("voucher number entry rate-limited", "provider", pr.ID)
		p.renderProviderHome(w, r, se, http.StatusTooManyRequests, "err.tooMany")
		return
	}
	v, err := p.eng.Open(pr.ID, r.PostFormValue("number"), r.PostFormValue("check"))
	if err != nil {
		if errors.Is(err, voucher.ErrNoMatch) {
			p.limit.Fail(keys...)
		}
		p.renderProviderHome(w, r, se, http.StatusBadRequest, openErrKey(err))
		return
	}
	p.redirect(w, r, "/provider/clients/"+itoa(v.ID))
}

func openErrKey(err error) string {
	switch {
	case errors.Is(err, voucher.ErrForbidden):
		return "open.service"
	case errors.Is(err, voucher.ErrClosed):
		return "open.ended"
	}
	return "open.nomatch"
}

// providerVoucher returns a client's page data if the provider entered
// the voucher's number.
func (p *Portal) providerVoucher(r *http.Request, se session, id uint64) (voucherData, bool) {
	d := voucherData{page: p.page(r, se, "client.title")}
	pr, ok := p.providerOf(se), false
	p.eng.Read(func(s *voucher.State) {
		if ok = s.ProviderMay(pr.ID, id); ok {
			d.V, _ = s.Voucher(id)
			fill(s, &d, func(e voucher.ServiceEvent) bool { return e.Voucher == id },
				func(f voucher.Feedback) bool { return f.Voucher == id && f.Provider == pr.ID })
		}
	})
	return d, ok
}

func (p *Portal) client(w http.ResponseWriter, r *http.Request, se session) {
	d, ok := p.providerVoucher(r, se, pathID(r))
	if !ok {
		p.fail(w, r, http.StatusNotFound, "err.notFound")
		return
	}
	d.Names["today"] = p.opts.Clock.Now().Format(time.DateOnly)
	p.seen(se, "provider.client", []uint64{d.V.ID})
	p.render(w, http.StatusOK, "client.html", d)
}
