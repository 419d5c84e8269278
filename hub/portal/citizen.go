package portal

import (
	"net/http"
	"strconv"

	"vuoro/hub/voucher"
)

// citizenOf is the logged-in citizen, with the principal whose mandate
// Suomi.fi Mandates confirmed in this login.
func citizenOf(se session) voucher.Citizen {
	c := voucher.Citizen{HETU: se.Data.Person.HETU}
	if se.Data.Basis == voucher.BasisMandate {
		c.Mandate = se.Data.ActFor
	}
	return c
}

// actingFor is the HETU of the person whose matters the citizen handles.
func actingFor(se session) string {
	if se.Data.ActFor == "" {
		return se.Data.Person.HETU
	}
	return se.Data.ActFor
}

// actingName is the name of the person the citizen acts for, if not
// themselves.
func (p *Portal) actingName(se session) string {
	switch {
	case se.Data.ActFor == "" || se.Data.ActFor == se.Data.Person.HETU:
		return ""
	case se.Data.Basis == voucher.BasisMandate:
		return se.Data.ActName
	}
	return p.personName(se.Data.ActFor)
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
}

// choose asks, after every login, whether the citizen handles their own
// matters or someone else's: nobody is taken into another person's
// matters without choosing so.
func (p *Portal) choose(w http.ResponseWriter, r *http.Request, se session) {
	p.render(w, http.StatusOK, "choose.html", chooseData{page: p.page(r, se, "choose.title"), Foreign: se.Data.Person.HETU == ""})
}

func (p *Portal) act(w http.ResponseWriter, r *http.Request, se session) {
	switch who := r.PostFormValue("who"); {
	case se.Data.Person.HETU == "" || (who != "self" && who != "other"):
		p.fail(w, r, http.StatusBadRequest, "err.invalid")
	case who == "self":
		p.actFor(w, r, se, userData{})
	default:
		p.redirect(w, r, "/citizen/others")
	}
}

// actFor sets whom the citizen acts for (d's ActFor, Basis and ActName;
// all empty for themselves) and shows that person's vouchers.
func (p *Portal) actFor(w http.ResponseWriter, r *http.Request, se session, d userData) {
	p.sess.Update(se.Token, func(u *userData) { u.ActFor, u.Basis, u.ActName, u.Mandate = d.ActFor, d.Basis, d.ActName, "" })
	if d.ActFor != "" {
		p.opts.Logger.Info("citizen acts for someone else", "basis", d.Basis)
	}
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

// seen records in the event log that personal data was shown, and for a
// citizen acting for someone else on what ground.
func (p *Portal) seen(se session, page string, vouchers []uint64) {
	if len(vouchers) == 0 {
		return
	}
	viewer, basis := se.Data.Login, ""
	if se.Data.Kind == kindCitizen {
		viewer, basis = se.Data.Person.HETU, se.Data.Basis
	}
	err := p.eng.Seen(voucher.Seen{Role: roles[se.Data.Kind], Viewer: viewer, Page: page, Vouchers: vouchers, Basis: basis})
	if err != nil {
		p.opts.Logger.Error("portal could not record a view of personal data", "page", page, "err", err)
	}
}

func pathID(r *http.Request) uint64 {
	id, _ := strconv.ParseUint(r.PathValue("id"), 10, 64)
	return id
}
