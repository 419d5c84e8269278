package report

import (
	"encoding/json"
	"errors"
	"fmt"
	"sync"

	"vuoro/hub/event"
	"vuoro/hub/queue"
)

// Store keeps the aggregates and the log they are folded from;
// *store.Store is one.
type Store interface {
	Replay(after uint64, fn func(event.Event) error) error
	SaveReports(carry []byte, days map[string][]byte) error
	LoadReports() (carry []byte, days [][]byte, err error)
}

// Keeper keeps the daily aggregates current: loaded from the data file,
// folded on from the log's events after the last one they saw, then from
// every event the engine writes. The days changed are saved, with the
// carry, when a day closes and at Close: a hub that stops between saves
// folds the events since from the log again at its next start, so the
// aggregates are always those of the log.
type Keeper struct {
	st     Store
	mu     sync.RWMutex
	f      *Folder
	days   map[string]*Day
	dirty  map[string]bool
	save   chan struct{}
	closed bool // save is closed
	done   chan struct{}
}

// Open loads the aggregates and folds the log's events after them. Call it
// before the engine takes commands, then Watch.
func Open(st Store) (*Keeper, error) {
	k := &Keeper{st: st, days: map[string]*Day{}, dirty: map[string]bool{}, save: make(chan struct{}, 1)}
	var c Carry
	raw, days, err := st.LoadReports()
	if err != nil {
		return nil, fmt.Errorf("report: %w", err)
	}
	if raw != nil && json.Unmarshal(raw, &c) != nil {
		c, days = Carry{}, nil // unreadable: fold the whole log again
	}
	for _, b := range days {
		var d Day
		if json.Unmarshal(b, &d) == nil {
			k.days[d.Date] = &d
		}
	}
	k.f = NewFolder(c, k.days)
	err = st.Replay(c.Seq, func(ev event.Event) error {
		p, err := queue.Decode(ev)
		if err == nil {
			k.fold(ev, p)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("report: replay: %w", err)
	}
	return k, k.Save()
}

func (k *Keeper) fold(ev event.Event, p queue.Payload) {
	k.f.Fold(ev, p)
	date, _, _ := k.f.local(ev.Time)
	k.dirty[date] = true
}

// Watch folds every event eng writes from now on, and saves the
// aggregates after each day close, in its own goroutine until Close.
func (k *Keeper) Watch(eng *queue.Engine) {
	k.done = make(chan struct{})
	eng.Observe(func(ev event.Event, p queue.Payload, _ *queue.State) {
		k.mu.Lock()
		defer k.mu.Unlock()
		k.fold(ev, p)
		if _, ok := p.(queue.DayClosed); ok && !k.closed {
			select {
			case k.save <- struct{}{}:
			default:
			}
		}
	})
	go func() {
		defer close(k.done)
		for range k.save {
			_ = k.Save() // a failed save is folded again from the log at the next start
		}
	}()
}

// Close saves the aggregates and stops the saving goroutine.
func (k *Keeper) Close() error {
	k.mu.Lock()
	if !k.closed {
		k.closed = true
		close(k.save)
	}
	k.mu.Unlock()
	if k.done != nil {
		<-k.done
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

// Report computes the figures f chooses, today's so far included.
func (k *Keeper) Report(f Filter) Report {
	k.mu.RLock()
	defer k.mu.RUnlock()
	days := make([]*Day, 0, 400)
	for date, d := range k.days {
		if date >= f.From && date <= f.To {
			days = append(days, d)
		}
	}
	return Compute(days, f)
}
