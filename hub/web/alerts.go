package web

import (
	"cmp"
	"encoding/json"
	"slices"
	"sync"
	"time"

	"vuoro/hub/event"
	"vuoro/hub/queue"
)

// alert is a kiosk's open call for help.
type alert struct {
	Seq    uint64    `json:"id"`
	Device string    `json:"device"`
	At     time.Time `json:"at"`
	Clock  string    `json:"-"`
}

// alerts are the help requests no advisor has answered yet, kept from the
// engine's events.
type alerts struct {
	mu   sync.Mutex
	open map[uint64]alert
}

// helpScan is how far back in the log New looks for open help requests.
const helpScan = 5000

func newAlerts() *alerts { return &alerts{open: map[uint64]alert{}} }

// load reads the open requests from the newest part of the log. New runs
// it before the engine takes commands, so no event falls between.
func (a *alerts) load(st Store) error {
	last, err := st.LastSeq()
	if err != nil {
		return err
	}
	after := last - min(last, helpScan)
	for {
		page, err := st.Events(after, 512)
		if err != nil || len(page) == 0 {
			return err
		}
		for _, ev := range page {
			a.note(ev)
		}
		after = page[len(page)-1].Seq
	}
}

// note follows one event.
func (a *alerts) note(ev event.Event) {
	a.mu.Lock()
	defer a.mu.Unlock()
	switch ev.Kind {
	case queue.KindHelpRequested:
		var v queue.HelpRequested
		if json.Unmarshal(ev.Payload, &v) == nil {
			a.open[ev.Seq] = alert{Seq: ev.Seq, Device: v.Device, At: ev.Time}
		}
	case queue.KindHelpAcked:
		var v queue.HelpAcked
		if json.Unmarshal(ev.Payload, &v) == nil {
			delete(a.open, v.Help)
		}
	}
}

func (a *alerts) get(seq uint64) (alert, bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	v, ok := a.open[seq]
	return v, ok
}

// list returns the open requests, oldest first, with their clock time.
func (a *alerts) list(loc *time.Location) []alert {
	a.mu.Lock()
	out := make([]alert, 0, len(a.open))
	for _, v := range a.open {
		v.Clock = clock(v.At, loc)
		out = append(out, v)
	}
	a.mu.Unlock()
	slices.SortFunc(out, func(x, y alert) int { return cmp.Compare(x.Seq, y.Seq) })
	return out
}
