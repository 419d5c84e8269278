package portal

import (
	"net/http"
	"time"

	"vuoro/hub/voucher"
)

func (p *Portal) municipal(w http.ResponseWriter, r *http.Request, se session) {
	u := p.staffOf(se)
	var list []voucher.Voucher
	p.eng.Read(func(s *voucher.State) { list = s.Vouchers(u.May) })
	p.seen(se, "municipal.vouchers", ids(list))
	p.render(w, http.StatusOK, "municipal.html", vouchersData{page: p.page(r, se, "municipal.title"), Vouchers: list})
}

type grantData struct {
	page
	Services []voucher.ServiceType
	Form     map[string]string // what was typed, on an error; no personal identity code
}

func (p *Portal) grantPage(w http.ResponseWriter, r *http.Request, se session) {
	today := p.opts.Clock.Now().Format(time.DateOnly)
	form := map[string]string{"from": today, "until": p.opts.Clock.Now().AddDate(1, 0, 0).Format(time.DateOnly)}
	p.render(w, http.StatusOK, "grant.html", grantData{page: p.page(r, se, "grant.title"), Services: voucher.ServiceTypes, Form: form})
}

func (p *Portal) grant(w http.ResponseWriter, r *http.Request, se session) {
	g, err := readGrant(r)
	var v voucher.Voucher
	if err == nil {
		v, err = p.eng.Grant(p.staffOf(se), g)
	}
	if err != nil {
		d := grantData{page: p.page(r, se, "grant.title"), Services: voucher.ServiceTypes, Form: map[string]string{}}
		for _, k := range []string{"name", "service", "value", "share", "from", "until"} {
			d.Form[k] = r.PostFormValue(k)
		}
		d.Error = "grant.invalid"
		p.render(w, http.StatusBadRequest, "grant.html", d)
		return
	}
	p.redirect(w, r, "/municipal/vouchers/"+itoa(v.ID)+"?granted=1")
}

func readGrant(r *http.Request) (voucher.Grant, error) {
	value, err1 := voucher.ParseEuros(r.PostFormValue("value"))
	share, err2 := voucher.ParseEuros(orZero(r.PostFormValue("share")))
	from, err3 := time.Parse(time.DateOnly, r.PostFormValue("from"))
	until, err4 := time.Parse(time.DateOnly, r.PostFormValue("until"))
	for _, err := range []error{err1, err2, err3, err4} {
		if err != nil {
			return voucher.Grant{}, err
		}
	}
	return voucher.Grant{Citizen: voucher.Person{HETU: normHETU(r.PostFormValue("hetu")), Name: r.PostFormValue("name")},
		Service: r.PostFormValue("service"), Value: value, OwnShare: share, ValidFrom: from, ValidUntil: until}, nil
}

func orZero(s string) string {
	if s == "" {
		return "0"
	}
	return s
}

// staffData returns a voucher page's data if the staff user may see it.
func (p *Portal) staffData(r *http.Request, se session) (voucherData, bool) {
	d := voucherData{page: p.page(r, se, "voucher.title")}
	u, ok := p.staffOf(se), false
	p.eng.Read(func(s *voucher.State) {
		d.V, ok = s.Voucher(pathID(r))
		if ok = ok && u.May(d.V); ok {
			e, f := onVoucher(d.V.ID)
			fill(s, &d, e, f)
		}
	})
	return d, ok
}

func (p *Portal) staffVoucher(w http.ResponseWriter, r *http.Request, se session) {
	d, ok := p.staffData(r, se)
	if !ok {
		p.fail(w, r, http.StatusNotFound, "err.notFound")
		return
	}
	if r.URL.Query().Get("granted") != "" {
		d.Notice = "grant.done"
	}
	p.seen(se, "municipal.voucher", []uint64{d.V.ID})
	p.render(w, http.StatusOK, "staff_voucher.html", d)
}

func (p *Portal) setProxy(w http.ResponseWriter, r *http.Request, se session) {
	proxy := voucher.Person{HETU: normHETU(r.PostFormValue("hetu")), Name: r.PostFormValue("name")}
	p.staffAction(w, r, se, "proxy.invalid", func(u voucher.Staff, id uint64) error { return p.eng.SetProxy(u, id, proxy) })
}

func (p *Portal) endVoucher(w http.ResponseWriter, r *http.Request, se session) {
	p.staffAction(w, r, se, "end.invalid", func(u voucher.Staff, id uint64) error { return p.eng.End(u, id) })
}

// staffAction runs a change on the voucher of the path and shows the
// voucher again, with errKey when it failed.
func (p *Portal) staffAction(w http.ResponseWriter, r *http.Request, se session, errKey string, fn func(voucher.Staff, uint64) error) {
	d, ok := p.staffData(r, se)
	if !ok {
		p.fail(w, r, http.StatusNotFound, "err.notFound")
		return
	}
	if err := fn(p.staffOf(se), d.V.ID); err != nil {
		d.Error = errKey
		p.render(w, http.StatusBadRequest, "staff_voucher.html", d)
		return
	}
	p.redirect(w, r, "/municipal/vouchers/"+itoa(d.V.ID))
}
