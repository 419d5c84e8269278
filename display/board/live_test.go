package board_test

import (
	"testing"
	"time"

	"vuoro/display/board"
	"vuoro/shared/wire"
)

func beat(log string) *wire.Heartbeat { return &wire.Heartbeat{Header: head(), Time: t0, Log: log} }

// display is what the liveness test needs of either view-model.
type display struct {
	name      string
	apply     func(*wire.Heartbeat) bool
	link      func(bool)
	tick      func(time.Time)
	connected func() bool
}

func displays() []display {
	q, c := board.NewQueueBoard(time.UTC), board.NewCounter("6")
	q.Apply(&wire.DisplaySnapshot{Header: head(), Seq: 3, Log: "log-a", Calls: []wire.CallEntry{{Seq: 3, CallID: "A22", Room: "6"}}})
	c.Apply(room(3, "6", "A22"))
	return []display{
		{"queue", q.ApplyHeartbeat, q.SetConnected, q.Tick, func() bool { return q.State().Connected }},
		{"counter", c.ApplyHeartbeat, c.SetConnected, c.Tick, func() bool { return c.State().Connected }},
	}
}

// A hub that stops or hangs keeps the display's MQTT session up (hung) or
// not (stopped); either way its heartbeats stop, and the display says the
// connection is lost within 5 s on its clock, then live again at the next
// heartbeat, also from a restarted hub with a new log.
func TestDisplaysNoticeASilentHub(t *testing.T) {
	for _, d := range displays() {
		t.Run(d.name, func(t *testing.T) {
			d.link(true)
			d.tick(t0)
			if d.connected() {
				t.Fatal("connected before any heartbeat")
			}
			d.apply(beat("log-a"))
			d.tick(t0.Add(time.Second))
			if !d.connected() {
				t.Fatal("not connected after a heartbeat")
			}
			lostBy := t0.Add(time.Second + 5*time.Second)
			var lostAt time.Time
			for now := t0.Add(time.Second); !now.After(lostBy); now = now.Add(250 * time.Millisecond) {
				d.tick(now) // the hub is hung: the session stays, the beats stop
				if !d.connected() && lostAt.IsZero() {
					lostAt = now
				}
			}
			// The heartbeat came just before the tick at t0+1s; ticks are
			// finer here than a display's one second, which adds one more.
			if lostAt.IsZero() || lostAt.Sub(t0.Add(time.Second)) > wire.HeartbeatLost+time.Second {
				t.Fatalf("lost %v after the last heartbeat, want within %v", lostAt.Sub(t0.Add(time.Second)), wire.HeartbeatLost+time.Second)
			}
			d.apply(beat("log-b")) // restarted: a new log
			d.tick(lostBy.Add(time.Second))
			if !d.connected() {
				t.Fatal("still lost after the restarted hub's heartbeat")
			}
			d.link(false) // the session drops: lost at once
			if d.connected() {
				t.Fatal("connected with the session down")
			}
		})
	}
}

// The queue display shows the hub's join address while the hub is live, a
// new minute's code as it comes, and none once the hub is lost.
func TestQueueBoardShowsTheJoinAddress(t *testing.T) {
	q := board.NewQueueBoard(time.UTC)
	q.SetConnected(true)
	q.Tick(t0)
	hb := beat("log-a")
	hb.Join = "https://vuoro.lahti.example/join/aaaa"
	if !q.ApplyHeartbeat(hb) || q.State().Join != hb.Join {
		t.Fatalf("after a beat with a join address: %+v", q.State())
	}
	if q.ApplyHeartbeat(hb) {
		t.Error("the same address again reported a change")
	}
	next := beat("log-a")
	next.Join = "https://vuoro.lahti.example/join/bbbb"
	if !q.ApplyHeartbeat(next) || q.State().Join != next.Join {
		t.Fatalf("the next minute's code: %+v", q.State())
	}
	q.Tick(t0.Add(wire.HeartbeatLost + time.Second))
	if s := q.State(); s.Connected || s.Join != "" {
		t.Fatalf("the hub lost, the display still offers joining: %+v", s)
	}
}
