package portal

import (
	"net/http"
	"strconv"
	"strings"
	"time"

	"vuoro/hub/voucher"
)

func itoa(n uint64) string { return strconv.FormatUint(n, 10) }

// normHETU upper-cases a typed code and drops spaces around it.
func normHETU(s string) string { return strings.ToUpper(strings.TrimSpace(s)) }

type providerEventsData struct {
	page
	Provider voucher.Provider
	Events   []voucher.ServiceEvent
	Clients  map[uint64]voucher.Voucher
}

// providerEvents lists a provider's service events on the staff user's
// municipality's vouchers.
func (p *Portal) providerEvents(w http.ResponseWriter, r *http.Request, se session) {
	u := p.staffOf(se)
	d := providerEventsData{page: p.page(r, se, "provEvents.title"), Clients: map[uint64]voucher.Voucher{}}
	ok := false
	p.eng.Read(func(s *voucher.State) {
		d.Provider, ok = s.Provider(r.PathValue("id"))
		ok = ok && d.Provider.Municipality == u.Municipality
		d.Events = s.Events(func(e voucher.ServiceEvent) bool {
			v, _ := s.Voucher(e.Voucher)
			keep := ok && e.Provider == d.Provider.ID && u.May(v)
			if keep {
				d.Clients[v.ID] = v
			}
			return keep
		})
	})
	if !ok {
		p.fail(w, r, http.StatusNotFound, "err.notFound")
		return
	}
	var vs []uint64
	for _, e := range d.Events {
		vs = append(vs, e.Voucher)
	}
	p.seen(se, "municipal.provider", vs)
	p.render(w, http.StatusOK, "provider_events.html", d)
}

type summaryData struct {
	page
	Month string // YYYY-MM
	Lines []voucher.MonthLine
	Total voucher.Cents
}

func (p *Portal) summary(w http.ResponseWriter, r *http.Request, se session) {
	month, err := time.Parse("2006-01", r.URL.Query().Get("month"))
	if err != nil {
		month = p.opts.Clock.Now()
	}
	d := summaryData{page: p.page(r, se, "summary.title"), Month: month.Format("2006-01")}
	u := p.staffOf(se)
	p.eng.Read(func(s *voucher.State) { d.Lines = s.Month(u.Municipality, month) })
	for _, l := range d.Lines {
		d.Total += l.Total
	}
	p.render(w, http.StatusOK, "summary.html", d)
}
