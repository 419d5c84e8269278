package feed

import (
	"time"

	"vuoro/display/board"
	"vuoro/shared/wire"
)

// Queue feeds a queue display's board from the site's display snapshot and
// call topics, or its waiting area's snapshot once the hub has set the
// display in one.
type Queue struct {
	core
	board *board.QueueBoard
	area  string                           // the waiting area the display serves; "" the site
	snaps map[string]*wire.DisplaySnapshot // the latest snapshot of the site ("") and of each area
}

// NewQueue returns a feed of b from site's topics over link. It subscribes
// on Start, so OnChange may safely refer to the returned feed.
func NewQueue(link Link, site string, b *board.QueueBoard, o Options) *Queue {
	return &Queue{core: core{link: link, site: site, opts: o.withDefaults()}, board: b, snaps: map[string]*wire.DisplaySnapshot{}}
}

// Start subscribes the board to its configuration and the snapshot and
// call topics; the retained messages arrive first. The snapshots of every
// waiting area are followed, so a display the hub moves to another area
// shows that area's calls at once.
func (q *Queue) Start() {
	q.followConfig(q.configure)
	subscribe(&q.core, q.topic(wire.KindDisplay), q.snapshot)
	if q.opts.Device != "" {
		subscribe(&q.core, wire.Filter(q.site, wire.KindAreaDisplay), q.snapshot)
	}
	subscribe(&q.core, q.topic(wire.KindCall), q.applyCall)
	subscribe(&q.core, q.topic(wire.KindHeartbeat), q.board.ApplyHeartbeat)
}

func (q *Queue) topic(k wire.Kind) string { return wire.Topic{Kind: k, Site: q.site}.String() }

// snapshot keeps s as its area's latest and applies it if the display
// serves that area.
func (q *Queue) snapshot(s *wire.DisplaySnapshot) bool {
	q.snaps[s.Area] = s
	return s.Area == q.area && q.board.Apply(s)
}

// configure gives the board its settings and, when the waiting area
// changed, the new area's latest snapshot.
func (q *Queue) configure(c *wire.DisplayConfig) board.Settings {
	s := SettingsOf(c)
	q.board.Configure(s)
	if area := areaOf(c); area != q.area {
		q.area = area
		if snap, ok := q.snaps[area]; ok {
			q.board.Apply(snap)
		}
	}
	return s
}

func areaOf(c *wire.DisplayConfig) string {
	if c == nil {
		return ""
	}
	return c.WaitingArea
}

// Tick passes the time and the link's state to the board.
func (q *Queue) Tick(now time.Time) {
	q.locked(func() {
		q.board.SetConnected(q.link.Connected())
		q.board.Tick(now)
	})
}

// State returns what the display shows now.
func (q *Queue) State() (s board.QueueState) {
	q.locked(func() { s = q.board.State() })
	return s
}

// Settings returns the display's settings now.
func (q *Queue) Settings() (s board.Settings) {
	q.locked(func() { s = q.board.Settings() })
	return s
}
