package portal

import (
	"cmp"
	"net/http"
	"slices"
	"strings"

	"vuoro/hub/voucher"
)

func (p *Portal) home(w http.ResponseWriter, r *http.Request) {
	se, _ := p.session(r)
	p.render(w, http.StatusOK, "home.html", p.page(r, se, "home.title"))
}

// row is one provider's offer in the comparison.
type row struct {
	Provider voucher.Provider
	Offer    voucher.Offer
}

type compareData struct {
	page
	Services            []voucher.ServiceType
	Cities              []string
	Service, City, Sort string
	StepFree            bool
	Rows                []row
}

// compare is the public comparison of approved providers: by service
// type, city and step-free access, sorted by price or name. No login.
func (p *Portal) compare(w http.ResponseWriter, r *http.Request) {
	se, _ := p.session(r)
	q := r.URL.Query()
	d := compareData{page: p.page(r, se, "compare.title"), Services: voucher.ServiceTypes,
		Service: q.Get("service"), City: q.Get("city"), Sort: q.Get("sort"), StepFree: q.Get("stepfree") != ""}
	p.eng.Read(func(s *voucher.State) {
		for _, pr := range s.Providers {
			d.Cities = appendNew(d.Cities, pr.City)
			for _, o := range pr.Offers {
				if d.keep(pr, o) {
					d.Rows = append(d.Rows, row{pr, o})
				}
			}
		}
	})
	slices.Sort(d.Cities)
	slices.SortStableFunc(d.Rows, d.order)
	p.render(w, http.StatusOK, "compare.html", d)
}

func (d compareData) keep(pr voucher.Provider, o voucher.Offer) bool {
	return (d.Service == "" || o.Service == d.Service) && (d.City == "" || pr.City == d.City) && (!d.StepFree || pr.StepFree)
}

func (d compareData) order(a, b row) int {
	if d.Sort == "price" {
		if c := cmp.Compare(a.Offer.Price, b.Offer.Price); c != 0 {
			return c
		}
	}
	return cmp.Compare(strings.ToLower(a.Provider.Name), strings.ToLower(b.Provider.Name))
}

func appendNew(list []string, s string) []string {
	if slices.Contains(list, s) {
		return list
	}
	return append(list, s)
}
