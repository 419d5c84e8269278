package report

import (
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"

	"vuoro/hub/event"
	"vuoro/hub/queue"
)

// Store keeps the aggregates and the log they are folded from;
// *store.Store is one.
type Store interface {
	Events(after uint64, limit int) ([]event.Event, error)
	SaveReports(carry []byte, days map[string][]byte) error
	LoadReports() (carry []byte, days [][]byte, err error)
}

// Keeper keeps the daily aggregates current: loaded from the data file,
// folded on from the log's events after the last one they saw (in the
// background, so that a hub's first start with reports, which folds a
// whole year, is not held up), then from every event the engine writes.
// The days changed are saved, with the carry, after catching up, when a
// day closes and at Close: a hub that stops between saves folds the events
// since from the log again at its next start, so the aggregates are always
// those of the log.
type Keeper struct {
	st      Store
	mu      sync.RWMutex
	f       *Folder
	days    map[string]*Day
	dirty   map[string]bool
	pending []observed // events observed while catching up
	ready   chan struct{}
	isReady bool
	save    chan struct{}
	started bool // run was started
	closed  bool // save is closed
	stop    atomic.Bool
	done    chan struct{}
}

type observed struct {
	ev event.Event
	p  queue.Payload
}

// Open loads the stored aggregates. Start it to bring them up to date.
func Open(st Store) (*Keeper, error) {
	k := &Keeper{st: st, days: map[string]*Day{}, dirty: map[string]bool{}, ready: make(chan struct{}),
		save: make(chan struct{}, 1), done: make(chan struct{})}
	var c Carry
	raw, days, err := st.LoadReports()
	if err != nil {
		return nil, fmt.Errorf("report: %w", err)
	}
	if raw != nil && (json.Unmarshal(raw, &c) != nil || c.Version != Version) {
		c, days = Carry{}, nil // unreadable or of another definition: fold the whole log again
	}
	for _, b := range days {
		var d Day
		if json.Unmarshal(b, &d) == nil {
			k.days[d.Date] = &d
		}
	}
	k.f = NewFolder(c, k.days)
	return k, nil
}

// Start folds every event eng writes from now on (eng may be nil: the log
// alone), catches up with the log in its own goroutine, and then saves
// the aggregates after each day close, until Close. Call it before the
// engine takes commands.
func (k *Keeper) Start(eng *queue.Engine) {
	if eng != nil {
		eng.Observe(k.observe)
	}
	k.mu.Lock()
	k.started = true
	k.mu.Unlock()
	go k.run()
}

func (k *Keeper) observe(ev event.Event, p queue.Payload, _ *queue.State) {
	k.mu.Lock()
	defer k.mu.Unlock()
	if !k.isReady {
		k.pending = append(k.pending, observed{ev, p})
		return
	}
	k.fold(ev, p)
	if _, ok := p.(queue.DayClosed); ok && !k.closed {
		select {
		case k.save <- struct{}{}:
		default:
		}
	}
}

func (k *Keeper) run() {
	defer close(k.done)
	err := k.catchUp()
	k.mu.Lock()
	for _, o := range k.pending {
		k.fold(o.ev, o.p)
	}
	k.pending, k.isReady = nil, err == nil
	k.mu.Unlock()
	if err != nil {
		return // the log cannot be read: the hub reports no figures
	}
	close(k.ready)
	_ = k.Save() // a failed save is folded again from the log at the next start
	for range k.save {
		_ = k.Save()
	}
}

var errStopped = errors.New("report: stopped")

// catchUp folds the log's events after the carry's, alone (Report waits
// for ready), a page at a time: each page is a short read of the data
// file, so that the hub's writes are not held up while a year is folded
// (in bbolt a long read transaction blocks the file's growth).
func (k *Keeper) catchUp() error {
	for {
		evs, err := k.st.Events(k.f.Seq, catchUpPage)
		if err != nil {
			return fmt.Errorf("report: %w", err)
		}
		for _, ev := range evs {
			if p, err := queue.Decode(ev); err == nil {
				k.fold(ev, p)
			}
			k.f.Seq = max(k.f.Seq, ev.Seq) // an event of an unknown kind too
		}
		if len(evs) < catchUpPage {
			return nil
		}
		if k.stop.Load() {
			return errStopped
		}
		runtime.Gosched()
	}
}

const catchUpPage = 2000

func (k *Keeper) fold(ev event.Event, p queue.Payload) {
	k.f.Fold(ev, p)
	date, _, _ := k.f.local(ev.Time)
	k.dirty[date] = true
}

// Ready is closed once the aggregates have caught up with the log.
func (k *Keeper) Ready() <-chan struct{} { return k.ready }

// Close stops the keeper and saves the aggregates; stopped while catching
// up, it saves nothing.
func (k *Keeper) Close() error {
	k.mu.Lock()
	if !k.closed {
		k.closed = true
		close(k.save)
	}
	started := k.started
	k.mu.Unlock()
	if !started {
		return nil
	}
	k.stop.Store(true)
	<-k.done
	k.mu.RLock()
	ready := k.isReady
	k.mu.RUnlock()
	if !ready {
		return nil // stopped while catching up: the next start goes on from the stored carry
	}
	return k.Save()
}

// Save writes the days changed since the last save, and the carry.
func (k *Keeper) Save() error {
	k.mu.Lock()
	days := make(map[string][]byte, len(k.dirty))
	var err error
	for date := range k.dirty {
		if days[date], err = json.Marshal(k.days[date]); err != nil {
			break
		}
	}
	carry, cerr := json.Marshal(k.f.Carry)
	clear(k.dirty)
	k.mu.Unlock()
	if err = errors.Join(err, cerr); err == nil {
		err = k.st.SaveReports(carry, days)
	}
	if err != nil {
		k.mu.Lock()
		for date := range days {
			k.dirty[date] = true // saved with a later carry, or folded again at the next start
		}
		k.mu.Unlock()
		return fmt.Errorf("report: %w", err)
	}
	return nil
}

// Report computes the figures f chooses, today's so far included; while
// the aggregates are catching up with the log, ErrNotReady.
func (k *Keeper) Report(f Filter) (Report, error) {
	k.mu.RLock()
	defer k.mu.RUnlock()
	if !k.isReady {
		return Report{}, ErrNotReady
	}
	days := make([]*Day, 0, 400)
	for date, d := range k.days {
		if date >= f.From && date <= f.To {
			days = append(days, d)
		}
	}
	return Compute(days, f), nil
}
