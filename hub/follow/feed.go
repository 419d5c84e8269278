package follow

import (
	"sync"

	"vuoro/hub/event"
	"vuoro/hub/queue"
)

// feed wakes the open streams after every durable event; each then looks
// at its own visit. A wake is a buffered slot of one, so a burst of events
// is one look.
type feed struct {
	mu   sync.Mutex
	subs map[chan struct{}]bool
	done chan struct{}
	once sync.Once
}

func newFeed() *feed { return &feed{subs: map[chan struct{}]bool{}, done: make(chan struct{})} }

func (f *feed) observe(event.Event, queue.Payload, *queue.State) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for c := range f.subs {
		select {
		case c <- struct{}{}:
		default:
		}
	}
}

func (f *feed) subscribe() chan struct{} {
	c := make(chan struct{}, 1)
	f.mu.Lock()
	f.subs[c] = true
	f.mu.Unlock()
	return c
}

func (f *feed) unsubscribe(c chan struct{}) {
	f.mu.Lock()
	delete(f.subs, c)
	f.mu.Unlock()
}

func (f *feed) close() { f.once.Do(func() { close(f.done) }) }
