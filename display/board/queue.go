package board

import (
	"slices"
	"time"

	"vuoro/shared/wire"
)

// RecentRows is how many calls a queue display lists below the latest one.
const RecentRows = 6

// keptCalls is how many calls of every room a board keeps, newest first, so
// that a display set to its own rooms still fills its rows, and a change of
// rooms shows the calls already made to them.
const keptCalls = 64

// QueueState is what the queue display shows.
type QueueState struct {
	Clock  string  // "Tiistai 24.1.2023 09:54"; empty before the first Tick
	Latest Entry   // the newest call; zero when nobody has been called
	Recent []Entry // up to RecentRows earlier calls, newest first
	Flash  bool    // highlight Latest: it was called less than Settings.Highlight ago
	Info   string  // the information line in the language of the moment; "" none
	// Connected: the hub is reachable and its heartbeat is recent. False
	// shows the connection-lost notice, and the calls dimmed: they may be
	// stale.
	Connected bool
	// Join is the address a phone opens to join a queue from the waiting
	// room, shown as a QR code while the hub is connected; its code
	// changes every minute.
	Join string
}

// QueueBoard is the view-model of the waiting-room screen.
type QueueBoard struct {
	loc     *time.Location
	now     time.Time
	applied bool   // a message has been applied
	seq     uint64 // the hub sequence of the newest applied message
	log     hubLog // the hub log seq is from
	calls   []wire.CallEntry
	flash   flash
	live    liveness
	join    string // the hub's join address (ApplyHeartbeat)
	set     Settings
}

// NewQueueBoard returns an empty board that shows the time in loc
// (time.Local when nil).
func NewQueueBoard(loc *time.Location) *QueueBoard {
	if loc == nil {
		loc = time.Local
	}
	return &QueueBoard{loc: loc, set: DefaultSettings()}
}

// fresh reports whether a message of sequence seq is newer than the board.
func (b *QueueBoard) fresh(seq uint64) bool { return !b.applied || seq > b.seq }

// Apply replaces the board with the hub's snapshot unless the board is
// already as new. A snapshot that brings a new latest call flashes it, except
// the first one, which is the hub's retained state and no news. A snapshot
// from another hub log (a new hub) starts the board over, as the first.
// It reports whether the board changed.
func (b *QueueBoard) Apply(s *wire.DisplaySnapshot) bool {
	if b.log.changed(s.Log) {
		b.applied = false
	}
	if !b.fresh(s.Seq) {
		return false
	}
	top, had := b.top()
	b.calls = normalise(b.only(s.Calls))
	if now, ok := b.top(); ok && b.applied && (!had || now.Seq != top.Seq) {
		b.flash.start()
	}
	b.applied, b.seq = true, s.Seq
	return true
}

// ApplyCall puts a call newer than the board on top and flashes it. A visit
// already listed (a recall) moves to the top instead of showing twice.
// It reports whether the board changed.
func (b *QueueBoard) ApplyCall(c *wire.Call) bool {
	if !b.fresh(c.Seq) || !b.set.Shows(c.Room) {
		return false
	}
	b.calls = normalise(append([]wire.CallEntry{c.CallEntry}, b.calls...))
	b.applied, b.seq = true, c.Seq
	b.flash.start()
	return true
}

// SetConnected records whether the MQTT session to the hub is up.
func (b *QueueBoard) SetConnected(ok bool) { b.live.link = ok }

// Tick advances the board's clock to now.
func (b *QueueBoard) Tick(now time.Time) {
	b.now = now
	b.flash.tick(now)
	b.live.tick(now)
}

// State returns what the display shows now.
func (b *QueueBoard) State() QueueState {
	s := QueueState{Connected: b.live.ok(), Info: b.info()}
	if s.Connected && b.set.JoinQR {
		s.Join = b.join
	}
	if !b.now.IsZero() {
		s.Clock = ClockText(b.now.In(b.loc))
	}
	shown := b.shown()
	if len(shown) == 0 {
		return s
	}
	s.Latest, s.Flash = entry(shown[0]), b.flash.onFor(b.now, b.set.Highlight)
	for _, c := range shown[1:] {
		s.Recent = append(s.Recent, entry(c))
	}
	return s
}

// shown returns the calls the display lists: those to its rooms, newest
// first, the latest and RecentRows more.
func (b *QueueBoard) shown() []wire.CallEntry {
	out := make([]wire.CallEntry, 0, 1+RecentRows)
	for _, c := range b.calls {
		if len(out) < cap(out) && b.set.Shows(c.Room) {
			out = append(out, c)
		}
	}
	return out
}

// top returns the call the display shows as the latest.
func (b *QueueBoard) top() (wire.CallEntry, bool) {
	if shown := b.shown(); len(shown) > 0 {
		return shown[0], true
	}
	return wire.CallEntry{}, false
}

func entry(c wire.CallEntry) Entry { return Entry{CallID: c.CallID, Room: c.Room} }

// lineKey is what makes a line of the display: the visit called, or the
// call id from a hub that does not send visits.
type lineKey struct {
	visit  uint64
	callID string
}

func keyOf(c wire.CallEntry) lineKey {
	if c.Visit != 0 {
		return lineKey{visit: c.Visit}
	}
	return lineKey{callID: c.CallID}
}

// normalise orders calls newest first, keeps only the newest call of each
// visit (a recall moves it up; two visits that share a call id, as one
// carried over from yesterday and one of today may, are two lines) and trims
// the list to the calls a board keeps.
func normalise(calls []wire.CallEntry) []wire.CallEntry {
	out := slices.Clone(calls)
	slices.SortStableFunc(out, func(a, b wire.CallEntry) int { return cmpDesc(a.Seq, b.Seq) })
	seen := make(map[lineKey]bool, len(out))
	out = slices.DeleteFunc(out, func(c wire.CallEntry) bool {
		dup := seen[keyOf(c)]
		seen[keyOf(c)] = true
		return dup
	})
	return out[:min(len(out), keptCalls)]
}

func cmpDesc(a, b uint64) int {
	switch {
	case a > b:
		return -1
	case a < b:
		return 1
	}
	return 0
}
