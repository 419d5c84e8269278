package jack

import (
	"errors"
	"fmt"
	"io"

	"vuoro/drivers/internal/evdev"
)

// The switches of a jack, from <linux/input-event-codes.h>.
const (
	swHeadphoneInsert = 0x02
	swLineoutInsert   = 0x06
	swJack            = 1<<swHeadphoneInsert | 1<<swLineoutInsert // the switches a Watcher follows
)

// Watcher follows a jack's switches in the input events it reads. Make one
// with New or Open; one goroutine calls Next.
type Watcher struct {
	r   io.Reader
	buf [evdev.Size]byte
	// on are the switches as last reported; next as the events since.
	on, next uint64
	dropped  bool                   // the kernel lost events: skip to the next report
	query    func() (uint64, error) // the device's switches now; nil: none
}

// New returns a Watcher of the input events read from r, for a jack
// plugged in at the start or not.
func New(r io.Reader, plugged bool) *Watcher {
	var on uint64
	if plugged {
		on = 1 << swHeadphoneInsert
	}
	return newWatcher(r, on, nil)
}

func newWatcher(r io.Reader, on uint64, query func() (uint64, error)) *Watcher {
	on &= swJack
	return &Watcher{r: r, on: on, next: on, query: query}
}

// Plugged reports whether a headset is plugged in, as last reported.
func (w *Watcher) Plugged() bool { return w.on != 0 }

// Next waits for the headset to be plugged in or pulled out and returns
// whether it is plugged in now. It returns an error when the events end
// (io.EOF: the device is gone or closed) or cannot be read.
func (w *Watcher) Next() (plugged bool, err error) {
	for {
		if _, err := io.ReadFull(w.r, w.buf[:]); err != nil {
			if errors.Is(err, io.ErrUnexpectedEOF) {
				err = io.EOF // a device that goes mid-event is gone all the same
			}
			return w.Plugged(), fmt.Errorf("jack: %w", err)
		}
		changed, err := w.take(evdev.Decode(w.buf[:]))
		if err != nil || changed {
			return w.Plugged(), err
		}
	}
}

// take applies one event; changed is true when a report changed whether
// a headset is plugged in.
func (w *Watcher) take(ev evdev.Event) (changed bool, err error) {
	switch {
	case ev.Type == evdev.EvSyn && ev.Code == evdev.SynDropped:
		w.dropped = true
	case ev.Type == evdev.EvSyn && ev.Code == evdev.SynReport:
		return w.report()
	case ev.Type == evdev.EvSw && !w.dropped && ev.Code < 64 && swJack&(1<<ev.Code) != 0:
		if ev.Value != 0 {
			w.next |= 1 << ev.Code
		} else {
			w.next &^= 1 << ev.Code
		}
	}
	return false, nil
}

// report ends a report. After lost events the device is asked for its
// switches, as the kernel's documentation says; a Watcher that cannot ask
// keeps what it knew.
func (w *Watcher) report() (changed bool, err error) {
	if w.dropped {
		w.dropped, w.next = false, w.on
		if w.query != nil {
			on, err := w.query()
			if err != nil {
				return false, fmt.Errorf("jack: after lost events: %w", err)
			}
			w.next = on & swJack
		}
	}
	was := w.Plugged()
	w.on = w.next
	return w.Plugged() != was, nil
}
