package e2e

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"time"

	"vuoro/hub/queue"
)

// step is one command of a generated day, at its time.
type step struct {
	at time.Time
	do func() error
}

// loadedDay is one busy day: in each queue, loadedPerDay visits check in
// at the kiosks between 08:00 and 16:00; the queue's clerk opens their
// room at about 07:55, calls the next visit whenever free, walks it in
// (20–90 s) and serves it (2–6 min; one in twenty called twice, then a
// no-show), takes a lunch break of 30 minutes after 11:00 and a coffee
// break of 15 minutes after 14:00, and closes the room a few minutes
// after the last visit, or (one queue in four, a different one each day)
// leaves it open for the day's close to close. The queues' steps are
// planned apart, then run in time order through the engine.
func loadedDay(e *queue.Engine, clock *handClock, day time.Time) error {
	var steps []step
	for i, sv := range loadedServices(e) {
		rng := rand.New(rand.NewPCG(uint64(day.Unix()), uint64(i)))
		d := &desk{e: e, sv: sv, clerk: "c-" + sv.ID, room: fmt.Sprint(i + 1), leaveOpen: (day.YearDay()+i)%4 == 0}
		steps = append(steps, d.plan(day, rng, i)...)
	}
	slices.SortStableFunc(steps, func(a, b step) int { return a.at.Compare(b.at) })
	for _, s := range steps {
		clock.t = s.at
		if err := s.do(); err != nil {
			return fmt.Errorf("%s: %w", s.at.Format(time.TimeOnly), err)
		}
	}
	clock.t = day.Add(17 * time.Hour) // past midnight
	_, err := e.CloseDay()
	return err
}

// desk plans one queue's day and holds the visit its clerk is serving.
type desk struct {
	e           *queue.Engine
	sv          queue.Service
	clerk, room string
	leaveOpen   bool
	cur         uint64
	steps       []step
}

func (d *desk) at(t time.Time, do func() error) {
	d.steps = append(d.steps, step{at: t, do: do})
}

func (d *desk) plan(day time.Time, rng *rand.Rand, i int) []step {
	arrivals := make([]time.Time, loadedPerDay)
	for k := range arrivals {
		arrivals[k] = day.Add(time.Duration(rng.Int64N(int64(8 * time.Hour))))
	}
	slices.SortFunc(arrivals, func(a, b time.Time) int { return a.Compare(b) })
	for k, a := range arrivals {
		kiosk := fmt.Sprintf("kiosk-%d", k%3+1)
		d.at(a, func() error {
			_, err := d.e.Issue("kiosk:"+kiosk, queue.IssueRequest{Service: d.sv.ID, Device: kiosk})
			return err
		})
	}
	free := day.Add(-5*time.Minute + jitter(rng, 4*time.Minute))
	d.at(free, func() error { return d.e.OpenRoom(d.clerk, d.room) })
	breaks := []struct{ after, long time.Duration }{{3 * time.Hour, 30 * time.Minute}, {6 * time.Hour, 15 * time.Minute}}
	for k, a := range arrivals {
		if len(breaks) > 0 && free.Sub(day) >= breaks[0].after {
			free = d.pause(free, breaks[0].long+jitter(rng, 3*time.Minute))
			breaks = breaks[1:]
		}
		free = d.visit(later(free.Add(jitter(rng, 40*time.Second)), a.Add(time.Second)), rng, (k+i)%20 == 7)
	}
	if !d.leaveOpen {
		d.at(free.Add(2*time.Minute+jitter(rng, 5*time.Minute)), func() error { return d.e.CloseRoom(d.clerk, queue.RoomLeft) })
	}
	return d.steps
}

// pause plans a break from t, long; it returns its end.
func (d *desk) pause(t time.Time, long time.Duration) time.Time {
	d.at(t, func() error { return d.e.PauseRoom(d.clerk, true) })
	d.at(t.Add(long), func() error { return d.e.PauseRoom(d.clerk, false) })
	return t.Add(long)
}

// visit plans the call of the queue's next visit at t, and its service or
// no-show; it returns when the clerk is free again.
func (d *desk) visit(t time.Time, rng *rand.Rand, noShow bool) time.Time {
	actor := "clerk:" + d.clerk
	d.at(t, func() error {
		tk, err := d.e.CallNext(d.clerk, []string{d.sv.ID}, d.room)
		d.cur = tk.ID
		return err
	})
	if noShow {
		d.at(t.Add(time.Minute), func() error { _, err := d.e.Recall(actor, d.cur); return err })
		d.at(t.Add(2*time.Minute), func() error { _, err := d.e.NoShow(actor, d.cur); return err })
		return t.Add(2 * time.Minute)
	}
	start := t.Add(20*time.Second + jitter(rng, 70*time.Second))
	end := start.Add(2*time.Minute + jitter(rng, 4*time.Minute))
	d.at(start, func() error { _, err := d.e.Start(actor, d.cur); return err })
	d.at(end, func() error { _, err := d.e.End(actor, d.cur); return err })
	return end
}

func jitter(rng *rand.Rand, upTo time.Duration) time.Duration {
	return time.Duration(rng.Int64N(int64(upTo/time.Second))) * time.Second
}

func later(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}
