// Package board holds the view-models of Vuoro's displays: QueueBoard for
// the waiting-room screen and Counter for the screen above a service point.
//
// They are plain Go with no Fyne import and no clock of their own: the feed
// applies the hub's messages, a ticker passes the time in through Tick, and
// the Fyne views render whatever State returns. Every message carries the
// hub's event sequence; a view-model ignores a message that is not newer than
// what it already shows, so duplicate or out-of-order delivery never brings
// back stale data.
//
// The view-models are not safe for concurrent use; the feed serialises them.
package board

import "time"

// FlashFor is how long a display highlights a new call.
const FlashFor = 10 * time.Second

// Zone is the time zone the displays show the time in.
const Zone = "Europe/Helsinki"

// Entry is one call on a display: the call id and the room it goes to.
type Entry struct {
	CallID string // "A22"
	Room   string // "6"
}

// flash tracks the highlight of a new call against the Tick clock. A call
// applied between ticks starts its highlight at the next tick, so it lasts
// FlashFor (or the length given to onFor) whatever the ticker's phase.
type flash struct {
	pending bool
	since   time.Time // the tick the highlight started at
	until   time.Time
	started uint64 // highlights started: the calls taken as news
}

func (f *flash) start() { f.pending, f.started = true, f.started+1 }

func (f *flash) tick(now time.Time) {
	if f.pending {
		f.pending, f.since, f.until = false, now, now.Add(FlashFor)
	}
}

func (f *flash) on(now time.Time) bool { return f.pending || now.Before(f.until) }

// onFor reports whether a highlight of length d is on; none is when d is 0.
func (f *flash) onFor(now time.Time, d time.Duration) bool {
	return d > 0 && (f.pending || !f.since.IsZero() && now.Before(f.since.Add(d)))
}
