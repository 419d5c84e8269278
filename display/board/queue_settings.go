package board

import (
	"slices"

	"vuoro/shared/wire"
)

// Configure sets how the hub has set up the display. The board shows
// calls to Settings.Rooms only; when the rooms change, the calls of rooms
// no longer shown leave at once and the next snapshot is taken whatever
// its sequence (another waiting area's snapshot may be older), as the
// first, with no highlight.
func (b *QueueBoard) Configure(s Settings) {
	if !slices.Equal(s.Rooms, b.set.Rooms) {
		b.applied, b.flash = false, flash{}
	}
	b.set = s
	b.calls = b.shown(b.calls)
}

// Settings returns the display's settings: DefaultSettings until
// Configure.
func (b *QueueBoard) Settings() Settings { return b.set }

// shown are the calls of calls to the rooms the display shows.
func (b *QueueBoard) shown(calls []wire.CallEntry) []wire.CallEntry {
	return slices.DeleteFunc(slices.Clone(calls), func(c wire.CallEntry) bool { return !b.set.Shows(c.Room) })
}
