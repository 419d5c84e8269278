package ui

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"fyne.io/fyne/v2"

	"vuoro/kiosk/flow"
	"vuoro/shared/wire"
)

// TickEvery is how often a Kiosk advances its model's clock.
const TickEvery = 250 * time.Millisecond

// Kiosk runs a flow.Model in a window: it forwards taps, runs the model's
// jobs on goroutines it owns, ticks the model's clock and redraws. The model
// is touched on the Fyne goroutine, and under mu: while the app shuts down
// fyne.Do runs functions on the caller's goroutine.
type Kiosk struct {
	view *View
	log  *slog.Logger

	mu    sync.Mutex
	model *flow.Model

	ctx    context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup
}

// New shows m in win. Call Start to run its clock and Close when done.
// Call New on the Fyne goroutine (before the app runs, or in fyne.Do).
func New(win fyne.Window, m *flow.Model, log *slog.Logger) *Kiosk {
	ctx, cancel := context.WithCancel(context.Background())
	k := &Kiosk{model: m, log: log, ctx: ctx, cancel: cancel}
	k.view = NewView(win, k.tap)
	k.view.Render(m.State())
	m.Announce()
	k.listenKeys(win.Canvas())
	return k
}

// Start runs the model's clock until Close.
func (k *Kiosk) Start() {
	k.wg.Go(func() {
		t := time.NewTicker(TickEvery)
		defer t.Stop()
		for {
			select {
			case <-k.ctx.Done():
				return
			case now := <-t.C:
				fyne.Do(func() { k.tick(now) })
			}
		}
	})
}

// SetCatalog hands the hub's catalog to the model; safe from any goroutine.
func (k *Kiosk) SetCatalog(c *wire.Catalog) {
	fyne.Do(func() { k.locked(func() { k.model.SetCatalog(c) }) })
}

// SetHelpState hands the hub's help state for this kiosk to the model;
// safe from any goroutine.
func (k *Kiosk) SetHelpState(h *wire.HelpState) {
	fyne.Do(func() { k.locked(func() { k.model.SetHelpState(h.Help, h.State) }) })
}

// Press handles a physical key (the help key of an accessible kiosk) as
// a tap on its action; safe from any goroutine.
func (k *Kiosk) Press(a flow.Action) {
	fyne.Do(func() { k.tap(a) })
}

// Scan hands a code read at the barcode reader to the model, which may
// start a check-in; safe from any goroutine.
func (k *Kiosk) Scan(code string) {
	fyne.Do(func() {
		var job *flow.Job
		k.locked(func() { job = k.model.Scan(code) })
		if job != nil {
			k.run(job)
		}
	})
}

// Close stops the clock, cancels running jobs and waits for them.
func (k *Kiosk) Close() {
	k.cancel()
	k.wg.Wait()
}

// locked runs fn on the model and redraws.
func (k *Kiosk) locked(fn func()) {
	k.mu.Lock()
	defer k.mu.Unlock()
	fn()
	k.view.Render(k.model.State())
	k.model.Announce()
}

func (k *Kiosk) tick(now time.Time) {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.model.Tick(now) {
		k.view.Render(k.model.State())
		k.model.Announce()
	}
}

func (k *Kiosk) tap(a flow.Action) {
	var job *flow.Job
	k.locked(func() { job = k.model.Tap(a) })
	if job != nil {
		k.run(job)
	}
}

// run does job on its own goroutine and applies the result on Fyne's.
func (k *Kiosk) run(job *flow.Job) {
	k.wg.Go(func() {
		r := job.Run(k.ctx)
		k.logResult(r)
		fyne.Do(func() { k.locked(func() { k.model.Apply(r) }) })
	})
}

func (k *Kiosk) logResult(r flow.Result) {
	if t, ok := r.Ticket(); ok {
		k.log.Info("ticket issued", "call_id", t.CallID, "service", t.Service, "ahead", t.Ahead)
	}
	if err := r.Err(); err != nil {
		k.log.Warn("kiosk job failed", "err", err)
	}
}
