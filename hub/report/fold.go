package report

import (
	"time"

	"vuoro/hub/event"
	"vuoro/hub/queue"
)

// Carry is what folding remembers between events: the catalogue, the
// visits still open and the clerks' room sessions. It holds no personal
// data, and is kept with the aggregates so a restart folds on from it.
type Carry struct {
	Version  int                  `json:"version"` // Version when folded
	Seq      uint64               `json:"seq"`     // the last event folded
	Zone     string               `json:"zone"`
	Services map[string]service   `json:"services"`
	Visits   map[uint64]*visit    `json:"visits"`
	Waiting  map[string]int       `json:"waiting"`
	Touched  map[string]slot      `json:"touched"`  // each queue's last slot written
	Desks    map[string]*desk     `json:"desks"`    // the clerks' room sessions, by login
	Bookings map[uint64]time.Time `json:"bookings"` // appointments' times, until checked in
}

type service struct {
	Agency string `json:"agency"`
	Target int    `json:"target"` // minutes; 0: queue.DefaultTargetWait
}

type visit struct {
	Service string         `json:"service"`
	Arrived time.Time      `json:"arrived"`
	Called  time.Time      `json:"called,omitzero"`
	Started time.Time      `json:"started,omitzero"`
	Clerk   string         `json:"clerk,omitempty"`
	Waiting bool           `json:"waiting"`
	Est     queue.Estimate `json:"est,omitzero"`
}

type slot struct {
	Date string `json:"date"`
	N    int    `json:"n"`
}

// Version is the aggregates' definition. Aggregates saved under another
// are folded again from the log at the next start, so that a report never
// mixes two definitions. 2: idle time only at an open room, breaks apart.
const Version = 2

// Folder folds the queue engine's events into daily aggregates.
type Folder struct {
	Carry
	loc  *time.Location
	days map[string]*Day
}

// NewFolder returns a folder that starts from carry, with days the
// aggregates it adds to.
func NewFolder(c Carry, days map[string]*Day) *Folder {
	f := &Folder{Carry: c, days: days, loc: time.UTC}
	f.Version = Version
	if f.Services == nil {
		f.Services = map[string]service{}
	}
	if f.Visits == nil {
		f.Visits = map[uint64]*visit{}
	}
	if f.Waiting == nil {
		f.Waiting = map[string]int{}
	}
	if f.Touched == nil {
		f.Touched = map[string]slot{}
	}
	if f.Desks == nil {
		f.Desks = map[string]*desk{}
	}
	if f.Bookings == nil {
		f.Bookings = map[uint64]time.Time{}
	}
	f.setZone(c.Zone)
	return f
}

func (f *Folder) setZone(name string) {
	if loc, err := time.LoadLocation(name); err == nil && name != "" {
		f.Zone, f.loc = name, loc
	}
}

// Fold takes one event of the log, with its decoded payload.
func (f *Folder) Fold(ev event.Event, p queue.Payload) {
	if ev.Seq <= f.Seq && ev.Seq != 0 {
		return // folded before a restart
	}
	f.Seq = ev.Seq
	f.fold(ev, p)
}

// local is t's date and its place in the site's day.
func (f *Folder) local(t time.Time) (date string, hour, slot int) {
	l := t.In(f.loc)
	return l.Format(time.DateOnly), l.Hour(), l.Hour()*4 + l.Minute()/15
}

func (f *Folder) serviceDay(date, id string) *ServiceDay {
	d := f.days[date]
	if d == nil {
		d = &Day{Date: date, Services: map[string]*ServiceDay{}}
		f.days[date] = d
	}
	s := d.Services[id]
	if s == nil {
		s = &ServiceDay{Agency: f.Services[id].Agency, Clerks: map[string]*Cell{}}
		d.Services[id] = s
	}
	return s
}

func (f *Folder) cell(t time.Time, svc, clerk string) *Cell {
	date, _, _ := f.local(t)
	return f.dayCell(date, svc, clerk)
}

func (f *Folder) dayCell(date, svc, clerk string) *Cell {
	s := f.serviceDay(date, svc)
	c := s.Clerks[clerk]
	if c == nil {
		c = &Cell{}
		s.Clerks[clerk] = c
	}
	return c
}

// wait moves a queue's waiting count by d at t, keeping the most waiting
// of each 15 minutes, the slots since the last change at the count then.
func (f *Folder) wait(t time.Time, svc string, d int) {
	date, _, at := f.local(t)
	n := f.Waiting[svc]
	last, ok := f.Touched[svc]
	if ok && last.Date == date {
		f.fill(date, svc, last.N, at, n)
	} else {
		if ok {
			f.fill(last.Date, svc, last.N, Slots-1, n)
		}
		f.fill(date, svc, 0, at, n)
	}
	n = max(0, n+d)
	f.Waiting[svc] = n
	q := &f.serviceDay(date, svc).Queue
	q[at] = max(q[at], n)
	f.Touched[svc] = slot{Date: date, N: at}
}

func (f *Folder) fill(date, svc string, from, to, n int) {
	if n == 0 {
		return
	}
	q := &f.serviceDay(date, svc).Queue
	for i := from; i <= to; i++ {
		q[i] = max(q[i], n)
	}
}

func seconds(d time.Duration) int64 { return int64(d.Round(time.Second) / time.Second) }
