package devlink

import (
	"time"

	"vuoro/shared/wire"
)

// SetHealth changes what the device reports of itself (printer, reader,
// last error; version and uptime are the link's) and, if it changed,
// publishes the status at once when connected; otherwise it goes with
// the next status.
func (l *Link) SetHealth(h wire.Health) {
	l.mu.Lock()
	same := l.health.Printer == h.Printer && l.health.LastError == h.LastError &&
		samePresence(l.health.Reader, h.Reader)
	l.health = h
	l.mu.Unlock()
	if !same {
		l.report()
	}
}

// report publishes the device's status now, if connected.
func (l *Link) report() {
	if !l.client.IsConnectionOpen() {
		return
	}
	if b, err := l.status(true); err == nil {
		l.client.Publish(l.statusTopic(), 1, false, b)
	}
}

// repeat publishes the status every StatusEvery until Close.
func (l *Link) repeat() {
	defer close(l.done)
	t := time.NewTicker(l.opts.StatusEvery)
	defer t.Stop()
	for {
		select {
		case <-l.stop:
			return
		case <-t.C:
			l.report()
		}
	}
}

func samePresence(a, b *bool) bool {
	return a == nil && b == nil || a != nil && b != nil && *a == *b
}
