package barcode

import (
	"context"
	"errors"
	"io"

	"vuoro/drivers/internal/evdev"
)

// eventSize is the bytes of one struct input_event (evdev.Decode).
const eventSize = evdev.Size

// Key event values.
const (
	keyRelease = 0
	keyPress   = 1
	keyRepeat  = 2 // autorepeat: a reader never holds a key, so it is ignored
)

// NewEvdev returns a Reader of codes typed by a reader in keyboard mode,
// decoding the Linux input events (struct input_event) read from r. A code
// ends with Enter or keypad Enter. Keys are read with a US layout, with
// Shift and Caps Lock; Alt held while typing a number on the keypad gives
// the character of that number (Windows-1252 up to 255, Unicode above; so
// Alt+0196 is Ä). A key that types no character makes the code ErrGarbage.
// The events' own timestamps are not used: scans are stamped by Options.Now.
func NewEvdev(r io.Reader, o Options) *Reader {
	o = o.withDefaults()
	return newReader(&evdevDecoder{in: newInput(r, 64*eventSize), kb: keyboard{max: o.MaxLen}}, o)
}

type evdevDecoder struct {
	in *input
	kb keyboard
}

func (d *evdevDecoder) next(ctx context.Context) (string, error) {
	for {
		for len(d.in.bytes()) >= eventSize {
			ev := evdev.Decode(d.in.bytes())
			d.in.consume(eventSize)
			if ev.Type != evdev.EvKey { // the reader's EV_SYN and EV_MSC events are skipped
				continue
			}
			if code, done, err := d.kb.key(ev.Code, ev.Value); done {
				return code, err
			}
		}
		if err := d.in.fill(ctx); err != nil {
			return "", d.truncated(err)
		}
	}
}

// truncated makes the end of file inside an event io.ErrUnexpectedEOF.
func (d *evdevDecoder) truncated(err error) error {
	if errors.Is(err, io.EOF) && len(d.in.bytes()) > 0 {
		return io.ErrUnexpectedEOF
	}
	return err
}
