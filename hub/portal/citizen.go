package portal

import (
	"net/http"
	"strconv"

	"vuoro/hub/voucher"
)

func citizenOf(se session) voucher.Citizen { return voucher.Citizen{HETU: se.Data.Person.HETU} }

// actingFor is the HETU of the person whose matters the citizen handles.
func actingFor(se session) string {
	if se.Data.ActFor == "" {
		return se.Data.Person.HETU
	}
	return se.Data.ActFor
}

func (p *Portal) principals(se session) (out []voucher.Person) {
	p.eng.Read(func(s *voucher.State) { out = s.Principals(citizenOf(se), se.Data.Person) })
	return out
}

// personName is the name the municipality recorded for a citizen.
func (p *Portal) personName(code string) (name string) {
	p.eng.Read(func(s *voucher.State) {
		for _, v := range s.Vouchers(func(v voucher.Voucher) bool { return v.Citizen.HETU == code }) {
			name = v.Citizen.Name
		}
	})
	return name
}

type chooseData struct {
	page
	Foreign bool
	People  []voucher.Person
}

// choose asks whom the citizen acts for, when anyone named them proxy.
func (p *Portal) choose(w http.ResponseWriter, r *http.Request, se session) {
	people := p.principals(se)
	if se.Data.Person.HETU != "" && len(people) == 1 {
		p.redirect(w, r, "/citizen/vouchers")
		return
	}
	p.render(w, http.StatusOK, "choose.html", chooseData{page: p.page(r, se, "choose.title"), Foreign: se.Data.Person.HETU == "", People: people})
}

func (p *Portal) act(w http.ResponseWriter, r *http.Request, se session) {
	people := p.principals(se)
	i, err := strconv.Atoi(r.PostFormValue("who"))
	if err != nil || i < 0 || i >= len(people) || se.Data.Person.HETU == "" {
		p.fail(w, r, http.StatusBadRequest, "err.invalid")
		return
	}
	p.sess.Update(se.Token, func(d *userData) { d.ActFor = people[i].HETU })
	p.redirect(w, r, "/citizen/vouchers")
}

type vouchersData struct {
	page
	Vouchers []voucher.Voucher
}

func (p *Portal) citizenVouchers(w http.ResponseWriter, r *http.Request, se session) {
	var list []voucher.Voucher
	c, who := citizenOf(se), actingFor(se)
	p.eng.Read(func(s *voucher.State) {
		list = s.Vouchers(func(v voucher.Voucher) bool { return c.MayFor(who, v) })
	})
	p.seen(se, "citizen.vouchers", ids(list))
	p.render(w, http.StatusOK, "citizen_vouchers.html", vouchersData{page: p.page(r, se, "vouchers.title"), Vouchers: list})
}

func ids(vs []voucher.Voucher) []uint64 {
	out := make([]uint64, len(vs))
	for i, v := range vs {
		out[i] = v.ID
	}
	return out
}

// seen records in the event log that personal data was shown.
func (p *Portal) seen(se session, page string, vouchers []uint64) {
	if len(vouchers) == 0 {
		return
	}
	viewer := se.Data.Login
	if se.Data.Kind == kindCitizen {
		viewer = se.Data.Person.HETU
	}
	err := p.eng.Seen(voucher.Seen{Role: roles[se.Data.Kind], Viewer: viewer, Page: page, Vouchers: vouchers})
	if err != nil {
		p.opts.Logger.Error("portal could not record a view of personal data", "page", page, "err", err)
	}
}

func pathID(r *http.Request) uint64 {
	id, _ := strconv.ParseUint(r.PathValue("id"), 10, 64)
	return id
}
