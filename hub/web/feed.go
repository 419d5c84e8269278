package web

import (
	"sync"

	"vuoro/hub/event"
	"vuoro/hub/queue"
	"vuoro/hub/web/action"
)

// notice tells a live stream that the queues changed, and what to say.
type notice struct {
	say     action.Note
	service string // the queue it concerns; "" for the whole site
	advisor bool   // said to advisors and admins only
}

// feed fans the engine's changes out to the open live streams. Each
// stream holds at most one pending notice: a burst of changes makes one
// update, with the latest thing to say.
type feed struct {
	subs guarded[chan notice, struct{}]
	done chan struct{}
	once sync.Once
}

func newFeed() *feed {
	return &feed{subs: newGuarded[chan notice, struct{}](), done: make(chan struct{})}
}

func (f *feed) subscribe() chan notice {
	ch := make(chan notice, 1)
	f.subs.put(ch, struct{}{})
	return ch
}

func (f *feed) unsubscribe(ch chan notice) { f.subs.del(ch) }

// publish never blocks: it replaces a notice a stream has not taken yet.
// Only publish sends, under the lock, so the send after the drain finds
// room.
func (f *feed) publish(n notice) {
	f.subs.with(func(m map[chan notice]struct{}) {
		for ch := range m {
			select {
			case <-ch:
			default:
			}
			ch <- n
		}
	})
}

func (f *feed) close() { f.once.Do(func() { close(f.done) }) }

// observe runs under the engine's lock after every committed event.
func (s live) observe(ev event.Event, p queue.Payload, st *queue.State) {
	if quiet(p) {
		return
	}
	s.changed.Store(ev.Seq)
	s.feed.publish(noticeOf(ev, p, st))
}

// quiet tells the events that change nothing a console shows; recording a
// view must not make another view.
func quiet(p queue.Payload) bool {
	switch p.(type) {
	case queue.PersonalDataSeen, queue.LogViewed, queue.ClerkPassword:
		return true
	}
	return false
}
