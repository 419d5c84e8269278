package feed

import (
	"time"

	"vuoro/display/board"
	"vuoro/shared/wire"
)

// Queue feeds a queue display's board from the site's display snapshot and
// call topics.
type Queue struct {
	core
	board *board.QueueBoard
}

// NewQueue returns a feed of b from site's topics over link. It subscribes
// on Start, so OnChange may safely refer to the returned feed.
func NewQueue(link Link, site string, b *board.QueueBoard, o Options) *Queue {
	return &Queue{core: core{link: link, site: site, opts: o.withDefaults()}, board: b}
}

// Start subscribes the board to the snapshot and call topics; the retained
// snapshot arrives first.
func (q *Queue) Start() {
	subscribe(&q.core, q.topic(wire.KindDisplay), q.board.Apply)
	subscribe(&q.core, q.topic(wire.KindCall), q.applyCall)
	subscribe(&q.core, q.topic(wire.KindHeartbeat), q.board.ApplyHeartbeat)
}

func (q *Queue) topic(k wire.Kind) string { return wire.Topic{Kind: k, Site: q.site}.String() }

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
