package feed

import (
	"vuoro/display/board"
	"vuoro/shared/wire"
)

// The calls a display announces (Options.OnCall): on the queue display each
// call message the board takes (newer than it, so never one it showed
// already), and never the retained snapshot, which at a (re)connect
// replays calls made before; on the counter display each new visit called
// to its room, and never the retained state it starts from. OnCall runs on
// the link's goroutine once the view-model is unlocked, before OnChange;
// it must not block.

// applyCall applies a call message to the board and passes on a call the
// board took.
func (q *Queue) applyCall(c *wire.Call) bool {
	if !q.board.ApplyCall(c) {
		return false
	}
	q.news = append(q.news, board.Entry{CallID: c.CallID, Room: c.Room})
	return true
}

// apply applies the room's state to the counter and passes on a call the
// counter took as news.
func (c *Counter) apply(r *wire.RoomState) bool {
	before := c.counter.Calls()
	if !c.counter.Apply(r) {
		return false
	}
	if c.counter.Calls() != before {
		c.news = append(c.news, board.Entry{CallID: r.CallID, Room: r.Room})
	}
	return true
}

// takeNews returns the calls taken since it was last called; the caller
// holds the lock.
func (c *core) takeNews() []board.Entry {
	news := c.news
	c.news = nil
	return news
}
