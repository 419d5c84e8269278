package web

import (
	"slices"
	"sync"

	"vuoro/hub/event"
	"vuoro/hub/queue"
	"vuoro/hub/web/action"
)

// notice tells the live streams what an event changed, and what to say.
type notice struct {
	say      action.Note
	service  string   // the queue it is said of; "" for the whole site
	advisor  bool     // said to advisors and admins only
	services []string // the queues whose view it changed
	alerts   bool     // it may have changed the advisors' help alerts
	all      bool     // it may have changed any console (the catalogue, the users, the day)
}

// feed fans the engine's changes out to the open live streams. A notice
// reaches only the streams it concerns: those showing one of its queues,
// and the advisors' when it changes the help alerts. Streams are indexed
// by queue, so an event costs nothing for a console it does not concern.
type feed struct {
	mu        sync.Mutex
	subs      map[*sub]struct{}
	byService map[string]map[*sub]struct{}
	advisors  map[*sub]struct{}
	done      chan struct{}
	once      sync.Once
}

// sub is one stream's place in the feed: woken when something it shows
// changed, with the latest thing to say to it.
type sub struct {
	wake     chan struct{}
	mu       sync.Mutex
	note     notice
	services []string // guarded by the feed's lock
	advisor  bool
}

func newFeed() *feed {
	return &feed{subs: map[*sub]struct{}{}, byService: map[string]map[*sub]struct{}{}, advisors: map[*sub]struct{}{},
		done: make(chan struct{})}
}

// subscribe adds a stream that shows services (and the alerts if advisor).
func (f *feed) subscribe(services []string, advisor bool) *sub {
	s := &sub{wake: make(chan struct{}, 1)}
	f.mu.Lock()
	defer f.mu.Unlock()
	f.subs[s] = struct{}{}
	f.index(s, services, advisor)
	return s
}

// streams is how many streams are subscribed.
func (f *feed) streams() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.subs)
}

func (f *feed) unsubscribe(s *sub) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.index(s, nil, false)
	delete(f.subs, s)
}

// follow changes what a stream shows, after its user's queues changed.
func (f *feed) follow(s *sub, services []string, advisor bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if advisor != s.advisor || !slices.Equal(services, s.services) {
		f.index(s, services, advisor)
	}
}

func (f *feed) index(s *sub, services []string, advisor bool) {
	for _, sv := range s.services {
		if delete(f.byService[sv], s); len(f.byService[sv]) == 0 {
			delete(f.byService, sv)
		}
	}
	for _, sv := range services {
		if f.byService[sv] == nil {
			f.byService[sv] = map[*sub]struct{}{}
		}
		f.byService[sv][s] = struct{}{}
	}
	if delete(f.advisors, s); advisor {
		f.advisors[s] = struct{}{}
	}
	s.services, s.advisor = services, advisor
}

// publish never blocks: it wakes the streams n concerns.
func (f *feed) publish(n notice) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if n.all {
		for s := range f.subs {
			s.mark(n)
		}
		return
	}
	for _, sv := range n.services {
		for s := range f.byService[sv] {
			s.mark(n)
		}
	}
	if n.alerts {
		for s := range f.advisors {
			s.mark(n)
		}
	}
}

// mark keeps n if it says something to the stream, and wakes it. The
// feed's lock is held.
func (s *sub) mark(n notice) {
	if n.say.Key != "" && (n.advisor && s.advisor || !n.advisor && (n.service == "" || slices.Contains(s.services, n.service))) {
		s.mu.Lock()
		s.note = n
		s.mu.Unlock()
	}
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

// take returns the notice to say, and forgets it.
func (s *sub) take() notice {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := s.note
	s.note = notice{}
	return n
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
