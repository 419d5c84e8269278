package voucher

import "time"

// MonthLine is one provider's month in a municipality.
type MonthLine struct {
	Provider Provider
	Events   int   // service events, corrections included
	Clients  int   // vouchers served
	Total    Cents // net of corrections
	Credits  Cents // the corrections, a negative sum
}

// Month sums the service events dated in month (any day of it) on
// municipality's vouchers, one line per provider approved there.
func (s *State) Month(municipality string, month time.Time) []MonthLine {
	first := time.Date(month.Year(), month.Month(), 1, 0, 0, 0, 0, time.UTC)
	next := first.AddDate(0, 1, 0)
	var out []MonthLine
	for _, p := range s.Providers {
		if p.Municipality != municipality {
			continue
		}
		line, clients := MonthLine{Provider: p}, map[uint64]bool{}
		for _, e := range s.events {
			if e.Provider != p.ID || e.Date.Before(first) || !e.Date.Before(next) {
				continue
			}
			line.Events++
			line.Total += e.Amount
			clients[e.Voucher] = true
			if e.Amount < 0 {
				line.Credits += e.Amount
			}
		}
		line.Clients = len(clients)
		out = append(out, line)
	}
	return out
}
