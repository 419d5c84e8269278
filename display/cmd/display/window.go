package main

import (
	"context"
	"sync"
	"time"

	"fyne.io/fyne/v2"
)

// show runs the screen's window until it is closed or ctx is done, ticking
// it every second, with the display's lean heap (memory.go).
func show(ctx context.Context, a fyne.App, cfg config, s screen, g *gate) {
	defer leanHeap()()
	w := a.NewWindow(s.title)
	w.SetPadded(false)
	w.SetContent(s.content)
	w.SetOnClosed(g.stop)
	if cfg.fullscreen {
		w.SetFullScreen(true)
	} else {
		w.Resize(s.size)
	}
	tick := func(time.Time) {
		s.tick(s.now())
		s.render()
	}
	tick(s.now())
	s.start()
	defer every(time.Second, tick)()
	defer context.AfterFunc(ctx, func() { g.quit(a) })()
	w.ShowAndRun()
	g.stop()
}

// gate hands work to the Fyne goroutine until the app stops: fyne.Do must
// not be called once the app's loop has ended, and the link's handlers and
// the ticker may still fire then.
type gate struct {
	mu     sync.Mutex
	closed bool
}

// do runs f on the Fyne goroutine, unless the app is stopping.
func (g *gate) do(f func()) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if !g.closed {
		fyne.Do(f)
	}
}

// stop lets nothing more through.
func (g *gate) stop() {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.closed = true
}

// quit asks the app to stop and lets nothing more through.
func (g *gate) quit(a fyne.App) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if !g.closed {
		g.closed = true
		fyne.Do(a.Quit)
	}
}

// every calls f with the time every d until the returned stop is called;
// stop waits for a call under way.
func every(d time.Duration, f func(now time.Time)) (stop func()) {
	t := time.NewTicker(d)
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		for {
			select {
			case now := <-t.C:
				f(now)
			case <-done:
				return
			}
		}
	})
	return func() {
		t.Stop()
		close(done)
		wg.Wait()
	}
}
