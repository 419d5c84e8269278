package speech

import (
	"context"
	"sync"
)

// Worker runs a sound queue's work on a goroutine of its own: after each
// Wake it calls next until next reports that nothing is left, until Close.
// The kiosk's speech queue and the displays' announcer share it; each keeps
// its own queue and its own rule for what plays next.
type Worker struct {
	wake   chan struct{}
	ctx    context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup
}

// NewWorker returns a worker that does nothing until Start.
func NewWorker() *Worker {
	ctx, cancel := context.WithCancel(context.Background())
	return &Worker{wake: make(chan struct{}, 1), ctx: ctx, cancel: cancel}
}

// Ctx is done once Close begins: what plays under it stops.
func (w *Worker) Ctx() context.Context { return w.ctx }

// Wake tells the worker there is work; it never blocks.
func (w *Worker) Wake() {
	select {
	case w.wake <- struct{}{}:
	default:
	}
}

// Start runs next after each Wake until it reports false, until Close.
func (w *Worker) Start(next func() bool) {
	w.wg.Go(func() {
		for {
			select {
			case <-w.ctx.Done():
				return
			case <-w.wake:
			}
			for next() {
			}
		}
	})
}

// Go runs f on a goroutine that Close waits for.
func (w *Worker) Go(f func()) { w.wg.Go(f) }

// Close cancels Ctx and waits for the worker's goroutines.
func (w *Worker) Close() {
	w.cancel()
	w.wg.Wait()
}
