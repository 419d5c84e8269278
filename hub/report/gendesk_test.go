package report_test

import (
	"time"

	"vuoro/hub/queue"
)

// clerk plans a clerk's day: the room opens between 08:00 and 08:10, a
// break after 11:00 and one after 14:00, the day's end between 15:30 and
// 15:55, and one day in four the room is left open for the day's close.
func (m *month) clerk(day time.Time, login, room string) *clerkState {
	minutes := func(from, upTo int) time.Time {
		return day.Add(time.Duration(from+m.rng.IntN(upTo))*time.Minute + time.Duration(m.rng.IntN(60))*time.Second)
	}
	return &clerkState{login: login, room: room, openAt: minutes(8*60, 10), closeAt: minutes(15*60+30, 25),
		breaks: []time.Time{minutes(11*60, 30), minutes(14*60, 20)}, leaveOpen: m.rng.Float64() < 0.25}
}

// between moves on a clerk at an open room, serving no one: back from a
// break, on a break, closing the room at the day's end, or calling.
func (m *month) between(c *clerkState, waiting []uint64) []uint64 {
	now := m.clock.Now()
	switch {
	case c.paused && now.Before(c.back):
	case c.paused && (len(waiting) == 0 || m.rng.Float64() < 0.5):
		m.must(m.eng.PauseRoom(c.login, false))
		m.breakEnds(c)
	case len(c.breaks) > 0 && !now.Before(c.breaks[0]) && !c.paused:
		m.must(m.eng.PauseRoom(c.login, true))
		m.idleEnds(c)
		c.paused, c.since, c.breaks = true, now, c.breaks[1:]
		c.back = now.Add(time.Duration(10+m.rng.IntN(25)) * time.Minute)
	case !now.Before(c.closeAt):
		m.leave(c)
	case len(waiting) > 0 && m.rng.Float64() < 0.6:
		return m.call(c, waiting)
	}
	return waiting
}

// leave ends the clerk's day: the room closed, or left open for the
// day's close, which counts nothing after the clerk left.
func (m *month) leave(c *clerkState) {
	c.done = true
	if c.leaveOpen {
		return
	}
	m.must(m.eng.CloseRoom(c.login, queue.RoomLeft))
	if c.paused {
		m.breakEnds(c)
	} else {
		m.idleEnds(c)
	}
}

// call calls the next visit; a clerk on a break is back by calling.
func (m *month) call(c *clerkState, waiting []uint64) []uint64 {
	now := m.clock.Now()
	t, err := m.eng.CallNext(c.login, []string{"veroasiat"}, c.room)
	m.must(err)
	if c.paused {
		m.breakEnds(c)
	} else {
		m.idleEnds(c)
	}
	v := m.visits[t.ID]
	v.called, v.clerk = now, c.login
	c.visit, c.next = v, now.Add(time.Duration(m.rng.IntN(4))*time.Minute)
	m.waiting(-1)
	return remove(waiting, t.ID)
}

func (m *month) idleEnds(c *clerkState) {
	m.idle[c.login] += secs(m.clock.Now().Sub(c.since))
}

func (m *month) breakEnds(c *clerkState) {
	m.breaks[c.login]++
	m.breakTime[c.login] += secs(m.clock.Now().Sub(c.since))
	c.paused, c.since = false, m.clock.Now()
}
