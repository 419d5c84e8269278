package board

import (
	"slices"

	"vuoro/shared/wire"
)

// Configure sets how the hub has set up the display: its rooms, the
// highlight's length, the information line and the join QR code. The
// board keeps and lists calls to Settings.Rooms only. When the rooms
// change (the display moved to another waiting area), the calls of rooms
// no longer shown leave at once and the next snapshot is taken whatever
// its sequence, as the first, with no highlight: another area's snapshot
// may be older. It reports whether what the display shows may have
// changed.
func (b *QueueBoard) Configure(s Settings) bool {
	if !slices.Equal(s.Rooms, b.set.Rooms) {
		b.applied, b.flash = false, flash{}
	}
	b.set = s
	b.calls = b.only(b.calls)
	return true
}

// Settings returns the display's settings: DefaultSettings until
// Configure.
func (b *QueueBoard) Settings() Settings { return b.set }

// only returns the calls of calls to the rooms the display shows.
func (b *QueueBoard) only(calls []wire.CallEntry) []wire.CallEntry {
	return slices.DeleteFunc(slices.Clone(calls), func(c wire.CallEntry) bool { return !b.set.Shows(c.Room) })
}
