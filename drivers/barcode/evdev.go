package barcode

import (
	"context"
	"encoding/binary"
	"errors"
	"io"
	"strconv"
)

// Linux input events, from <linux/input.h>. A struct input_event is a
// struct timeval (two C longs) then type, code (uint16) and value (int32),
// in the machine's byte order: 24 bytes on 64-bit boards, 16 on 32-bit.
const (
	timevalSize = 2 * strconv.IntSize / 8
	eventSize   = timevalSize + 8
	evKey       = 1 // EV_KEY; the reader's EV_SYN and EV_MSC events are skipped
)

// Key event values.
const (
	keyRelease = 0
	keyPress   = 1
	keyRepeat  = 2 // autorepeat: a reader never holds a key, so it is ignored
)

type event struct {
	typ, code uint16
	value     int32
}

func decodeEvent(b []byte) event {
	b = b[timevalSize:eventSize]
	return event{
		typ:   binary.NativeEndian.Uint16(b),
		code:  binary.NativeEndian.Uint16(b[2:]),
		value: int32(binary.NativeEndian.Uint32(b[4:])),
	}
}

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
			ev := decodeEvent(d.in.bytes())
			d.in.consume(eventSize)
			if ev.typ != evKey {
				continue
			}
			if code, done, err := d.kb.key(ev.code, ev.value); done {
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
