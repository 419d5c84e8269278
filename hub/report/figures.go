package report

import (
	"slices"
	"strings"
	"time"
)

// Filter chooses the days, queues and clerk of a report. Scope, if not
// nil, are the agencies the reader may see; Agency, Service and Clerk
// narrow further when set.
type Filter struct {
	From, To string // YYYY-MM-DD, inclusive
	Scope    []string
	Agency   string
	Service  string
	Clerk    string
}

// Times are the figures of a distribution, in seconds.
type Times struct {
	Count  int     `json:"count"`
	Mean   float64 `json:"mean"`
	Median int64   `json:"median"`
	P90    int64   `json:"p90"`
	Max    int64   `json:"max"`
}

func timesOf(h Hist) Times {
	return Times{Count: h.N, Mean: h.Mean(), Median: h.Quantile(0.5), P90: h.Quantile(0.9), Max: h.Max}
}

// ClerkRow is one clerk's work over the period.
type ClerkRow struct {
	Clerk   string `json:"clerk"`
	Visits  int    `json:"visits"`
	Service Times  `json:"service"`
	Walk    Times  `json:"walk"`
	Idle    int64  `json:"idle"`       // seconds at an open room, not serving, not on a break
	Breaks  int    `json:"breaks"`     // breaks ended
	Break   int64  `json:"break_time"` // seconds on those breaks
}

// ServedRow is who served a queue, and how many.
type ServedRow struct {
	Service string `json:"service"`
	Agency  string `json:"agency"`
	Clerk   string `json:"clerk"`
	Visits  int    `json:"visits"`
}

// Report is the figures of a period.
type Report struct {
	From         string             `json:"from"`
	To           string             `json:"to"`
	Days         int                `json:"days"` // days with any data
	Arrivals     [Slots]int         `json:"arrivals"`
	Queue        [Slots]int         `json:"queue"` // most waiting in each 15 minutes of any day
	Peak         int                `json:"peak"`
	PeakDate     string             `json:"peak_date,omitempty"`
	PeakSlot     int                `json:"peak_slot"`
	Wait         Times              `json:"wait"`
	WithinTarget float64            `json:"within_target"` // share of first calls
	Service      Times              `json:"service"`
	Clerks       []ClerkRow         `json:"clerks"`
	ServedBy     []ServedRow        `json:"served_by"`
	Outcomes     map[string]int     `json:"outcomes"`
	ByHour       map[string][24]int `json:"by_hour"`
	ByWeekday    map[string][7]int  `json:"by_weekday"` // Monday first
	Reasons      map[string]int     `json:"reasons"`
	OnTime       int                `json:"on_time"`
	Late         int                `json:"late"`
	Lateness     Times              `json:"lateness"`
	Estimated    int                `json:"estimated"`
	Inside       float64            `json:"inside"` // share called inside the printed range
	EstError     Times              `json:"est_error"`
}

// Compute makes the report of the days (in any order) that f chooses.
func Compute(days []*Day, f Filter) Report {
	r := Report{From: f.From, To: f.To, Outcomes: map[string]int{}, ByHour: map[string][24]int{},
		ByWeekday: map[string][7]int{}, Reasons: map[string]int{}}
	var a acc
	for _, d := range days {
		if d.Date < f.From || d.Date > f.To {
			continue
		}
		if a.day(&r, d, f) {
			r.Days++
		}
	}
	a.finish(&r)
	return r
}

func (f Filter) takes(id string, s *ServiceDay) bool {
	return (f.Scope == nil || slices.Contains(f.Scope, s.Agency)) &&
		(f.Agency == "" || f.Agency == s.Agency) && (f.Service == "" || f.Service == id)
}

// acc gathers the histograms of a report.
type acc struct {
	wait, service, lateness, estErr Hist
	within, estimated, inside       int
	clerks                          map[string]*clerkAcc
	served                          map[[2]string]*ServedRow
}

type clerkAcc struct {
	service, walk Hist
	idle, brk     int64
	breaks        int
}

func (a *acc) day(r *Report, d *Day, f Filter) bool {
	wd := (weekday(d.Date) + 6) % 7
	any := false
	for id, s := range d.Services {
		if !f.takes(id, s) {
			continue
		}
		any = true
		a.queue(r, d.Date, s)
		r.OnTime += s.OnTime
		r.Late += s.Late
		a.lateness.Merge(s.Lateness)
		for login, c := range s.Clerks {
			if f.Clerk == "" || f.Clerk == login {
				a.cell(r, id, s.Agency, login, c, wd)
			}
		}
	}
	return any
}

func (a *acc) queue(r *Report, date string, s *ServiceDay) {
	for i := range Slots {
		r.Arrivals[i] += s.Arrivals[i]
		r.Queue[i] = max(r.Queue[i], s.Queue[i])
		if n := s.Queue[i]; n > r.Peak || n == r.Peak && n > 0 && earlier(date, i, r.PeakDate, r.PeakSlot) {
			r.Peak, r.PeakDate, r.PeakSlot = n, date, i
		}
	}
}

func (a *acc) cell(r *Report, svc, agency, login string, c *Cell, wd int) {
	a.wait.Merge(c.Wait)
	a.service.Merge(c.Service)
	a.estErr.Merge(c.EstError)
	a.within += c.WithinTarget
	a.estimated += c.Estimated
	a.inside += c.Inside
	for o, hours := range c.Outcomes {
		h, w := r.ByHour[o], r.ByWeekday[o]
		for i, n := range hours {
			h[i] += n
			w[wd] += n
			r.Outcomes[o] += n
		}
		r.ByHour[o], r.ByWeekday[o] = h, w
	}
	for k, n := range c.Reasons {
		r.Reasons[k] += n
	}
	if login != "" {
		a.clerk(svc, agency, login, c)
	}
}

func (a *acc) clerk(svc, agency, login string, c *Cell) {
	if a.clerks == nil {
		a.clerks, a.served = map[string]*clerkAcc{}, map[[2]string]*ServedRow{}
	}
	ca := a.clerks[login]
	if ca == nil {
		ca = &clerkAcc{}
		a.clerks[login] = ca
	}
	ca.service.Merge(c.Service)
	ca.walk.Merge(c.Walk)
	ca.idle += c.Idle
	ca.brk += c.BreakTime
	ca.breaks += c.Breaks
	k := [2]string{svc, login}
	if a.served[k] == nil {
		a.served[k] = &ServedRow{Service: svc, Agency: agency, Clerk: login}
	}
	a.served[k].Visits += c.Service.N
}

func (a *acc) finish(r *Report) {
	r.Wait, r.Service, r.Lateness, r.EstError = timesOf(a.wait), timesOf(a.service), timesOf(a.lateness), timesOf(a.estErr)
	r.WithinTarget = share(a.within, a.wait.N)
	r.Estimated, r.Inside = a.estimated, share(a.inside, a.estimated)
	r.Clerks, r.ServedBy = []ClerkRow{}, []ServedRow{}
	for login, c := range a.clerks {
		r.Clerks = append(r.Clerks, ClerkRow{Clerk: login, Visits: c.service.N, Service: timesOf(c.service),
			Walk: timesOf(c.walk), Idle: c.idle, Breaks: c.breaks, Break: c.brk})
	}
	slices.SortFunc(r.Clerks, func(x, y ClerkRow) int { return strings.Compare(x.Clerk, y.Clerk) })
	for _, s := range a.served {
		r.ServedBy = append(r.ServedBy, *s)
	}
	slices.SortFunc(r.ServedBy, func(x, y ServedRow) int {
		if c := strings.Compare(x.Service, y.Service); c != 0 {
			return c
		}
		return strings.Compare(x.Clerk, y.Clerk)
	})
}

// earlier reports whether slot i of date comes before slot j of other:
// a peak reached again is the first, whatever order the days come in.
func earlier(date string, i int, other string, j int) bool {
	return date < other || date == other && i < j
}

func share(n, of int) float64 {
	if of == 0 {
		return 0
	}
	return float64(n) / float64(of)
}

// weekday is date's day of the week, Sunday 0.
func weekday(date string) int {
	t, err := time.Parse(time.DateOnly, date)
	if err != nil {
		return 0
	}
	return int(t.Weekday())
}
