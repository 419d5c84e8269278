package report_test

import (
	"math/rand/v2"
	"testing"
	"time"

	"vuoro/hub/queue"
	"vuoro/hub/queue/queuetest"
)

// visitRec is the generator's own record of one visit: what it did and
// when, written as it drove the engine.
type visitRec struct {
	id              uint64
	arrived, called time.Time
	started, ended  time.Time
	clerk, outcome  string
	est             queue.Estimate
}

// month drives the real engine through the weekdays of March 2026 with a
// fixed seed: check-ins, two clerks calling, starting, ending, no-shows,
// deletions by staff, and the day closes. It returns what it did.
type month struct {
	t      *testing.T
	eng    *queue.Engine
	clock  *queuetest.Clock
	rng    *rand.Rand
	visits map[uint64]*visitRec
	order  []uint64
	queue  []int // the waiting count after each change, in order
	n      int   // visits waiting now
	// Each clerk's idle time at an open room (not on a break, not
	// serving), and their breaks, as the generator took them.
	idle, breakTime map[string]int64
	breaks          map[string]int
}

// waiting records a change of the number of visits waiting.
func (m *month) waiting(d int) {
	m.n += d
	m.queue = append(m.queue, m.n)
}

// clerkState is one clerk's day: their room opens at openAt, breaks start
// at the times of breaks (when free), and at closeAt the clerk closes the
// room, or leaves it open for the day's close (leaveOpen).
type clerkState struct {
	login, room     string
	visit           *visitRec
	next            time.Time // when the visit's next step is due
	open, paused    bool
	done, leaveOpen bool
	since           time.Time // the idle time's or the break's start
	back            time.Time // when the break may end
	openAt, closeAt time.Time
	breaks          []time.Time
}

var helsinki, _ = time.LoadLocation("Europe/Helsinki")

func (m *month) must(err error) {
	m.t.Helper()
	if err != nil {
		m.t.Fatal(err)
	}
}

func (m *month) run() {
	m.must(queuetest.TaxOffice(m.eng))
	for _, r := range []string{"1", "2"} {
		m.must(m.eng.AddRoom("system", queue.Room{ID: r, Name: "Huone " + r}))
	}
	for _, login := range []string{"maija", "pekka"} {
		m.must(m.eng.AddClerk("system", queue.Clerk{Login: login, Role: queue.RoleClerk, Agencies: []string{"vero"}}))
	}
	for day := time.Date(2026, 3, 2, 0, 0, 0, 0, helsinki); day.Month() == 3; day = day.AddDate(0, 0, 1) {
		if wd := day.Weekday(); wd != time.Saturday && wd != time.Sunday {
			m.day(day)
		}
	}
	m.clock.Set(time.Date(2026, 4, 1, 0, 30, 0, 0, helsinki))
	m.closeDay()
}

// closeDay closes the day before; every visit still open expires.
func (m *month) closeDay() {
	_, err := m.eng.CloseDay()
	m.must(err)
	for _, id := range m.order {
		if v := m.visits[id]; v.outcome == "" {
			if v.called.IsZero() {
				m.waiting(-1)
			}
			v.ended, v.outcome = m.clock.Now(), "expired"
		}
	}
}

func (m *month) day(day time.Time) {
	m.clock.Set(day.Add(30 * time.Minute))
	m.closeDay()
	clerks := []*clerkState{m.clerk(day, "maija", "1"), m.clerk(day, "pekka", "2")}
	var waiting []uint64
	for tick := day.Add(8 * time.Hour); tick.Before(day.Add(16 * time.Hour)); tick = tick.Add(time.Minute) {
		m.clock.Set(tick.Add(time.Duration(m.rng.IntN(60)) * time.Second))
		if m.rng.Float64() < 0.13 {
			waiting = append(waiting, m.issue())
		}
		if len(waiting) > 3 && m.rng.Float64() < 0.01 {
			waiting = m.deleteOne(waiting)
		}
		for _, c := range clerks {
			waiting = m.step(c, waiting)
		}
	}
}

func (m *month) issue() uint64 {
	is, err := m.eng.Issue("kiosk:k1", queue.IssueRequest{Service: "veroasiat", Persons: 1})
	m.must(err)
	v := &visitRec{id: is.Ticket.ID, arrived: m.clock.Now(), est: is.Ticket.Estimate}
	m.visits[v.id] = v
	m.order = append(m.order, v.id)
	m.waiting(+1)
	return v.id
}

func (m *month) deleteOne(waiting []uint64) []uint64 {
	i := m.rng.IntN(len(waiting))
	id := waiting[i]
	_, err := m.eng.Delete("clerk:neuvoja", id, "duplicate, 010280-952L")
	m.must(err)
	m.visits[id].ended, m.visits[id].outcome = m.clock.Now(), "deleted"
	m.waiting(-1)
	return append(waiting[:i:i], waiting[i+1:]...)
}

// step moves one clerk on: open the room, call when free (sometimes
// after a pause), start after walking, end after serving; some called
// never come.
func (m *month) step(c *clerkState, waiting []uint64) []uint64 {
	now := m.clock.Now()
	switch {
	case c.done:
	case !c.open:
		if !now.Before(c.openAt) {
			m.must(m.eng.OpenRoom(c.login, c.room))
			c.open, c.since = true, now
		}
	case c.visit == nil:
		return m.between(c, waiting)
	case c.visit.started.IsZero() && !now.Before(c.next):
		m.startOrNoShow(c)
	case !now.Before(c.next):
		_, err := m.eng.End("clerk:"+c.login, c.visit.id)
		m.must(err)
		m.finish(c, "served")
	}
	return waiting
}

func (m *month) startOrNoShow(c *clerkState) {
	now := m.clock.Now()
	if m.rng.Float64() < 0.06 {
		for range 2 { // the site's rule before a no-show
			_, err := m.eng.Recall("clerk:"+c.login, c.visit.id)
			m.must(err)
		}
		_, err := m.eng.NoShow("clerk:"+c.login, c.visit.id)
		m.must(err)
		m.finish(c, "noshow")
		return
	}
	_, err := m.eng.Start("clerk:"+c.login, c.visit.id)
	m.must(err)
	c.visit.started, c.next = now, now.Add(time.Duration(3+m.rng.IntN(18))*time.Minute)
}

func (m *month) finish(c *clerkState, outcome string) {
	c.visit.ended, c.visit.outcome = m.clock.Now(), outcome
	c.since, c.visit = m.clock.Now(), nil
}

func remove(ids []uint64, id uint64) []uint64 {
	for i, v := range ids {
		if v == id {
			return append(ids[:i:i], ids[i+1:]...)
		}
	}
	return ids
}
