package escpostest

import (
	"errors"
	"fmt"

	"vuoro/drivers/escpos"
)

// A handler decodes the arguments of a command from args, the bytes after
// the command's two, and returns how many it took; ErrShort if the
// arguments have not all come.
type handler func(d *decoder, args []byte) (int, error)

// commands are the ESC, GS and DLE commands the printer knows, by their
// first two bytes: those package escpos emits.
var commands = map[string]handler{
	"\x1dH":    oneArg((*decoder).barText),
	"\x1dh":    oneArg((*decoder).barHeight),
	"\x1dw":    oneArg((*decoder).barModule),
	"\x1dk":    (*decoder).barcode,
	"\x1d(":    (*decoder).twoD,
	"\x10\x04": oneArg((*decoder).realtimeStatus),
	"\x1da":    oneArg((*decoder).autoStatus),
	"\x1b@":    func(d *decoder, _ []byte) (int, error) { return 0, d.reset() },
	"\x1bt":    oneArg((*decoder).codePage),
	"\x1bE":    oneArg(func(d *decoder, n byte) error { d.bold = n&1 == 1; return nil }),
	"\x1ba":    oneArg((*decoder).setAlign),
	"\x1bd":    oneArg((*decoder).feed),
	"\x1d!":    oneArg((*decoder).size),
	"\x1dV":    (*decoder).cut,
}

// command decodes the ESC or GS command at the start of buf.
func (d *decoder) command() (int, error) {
	if len(d.buf) < 2 {
		return 0, ErrShort
	}
	h, ok := commands[string(d.buf[:2])]
	if !ok {
		return 0, d.fail(2, ErrUnknown)
	}
	n, err := h(d, d.buf[2:])
	if errors.Is(err, ErrShort) {
		return 0, err
	}
	if err != nil {
		return 0, d.fail(2+n, err)
	}
	return 2 + n, nil
}

// oneArg makes a handler of a command with one argument byte.
func oneArg(f func(d *decoder, n byte) error) handler {
	return func(d *decoder, args []byte) (int, error) {
		if len(args) < 1 {
			return 0, ErrShort
		}
		return 1, f(d, args[0])
	}
}

// atLineStart is an error if text has come since the last line end.
func (d *decoder) atLineStart(cmd, why string) error {
	if d.open {
		return fmt.Errorf("%s in mid-line %s", cmd, why)
	}
	return nil
}

func (d *decoder) reset() error {
	if err := d.atLineStart("ESC @", "discards the unprinted text"); err != nil {
		return err
	}
	d.mode = defaults()
	return nil
}

func (d *decoder) codePage(n byte) error {
	if n != escpos.CodePage858 {
		return fmt.Errorf("code page %d: the virtual printer knows only %d (858)", n, escpos.CodePage858)
	}
	d.cp858 = true
	return nil
}

func (d *decoder) setAlign(n byte) error {
	if n >= '0' {
		n -= '0' // ESC a takes 0..2 and '0'..'2' alike
	}
	if n > byte(escpos.AlignRight) {
		return errors.New("alignment not 0..2")
	}
	if err := d.atLineStart("ESC a", "is ignored by the printer"); err != nil {
		return err
	}
	d.align = escpos.Align(n)
	return nil
}

// feed prints the open line and feeds n lines in all (ESC d n).
func (d *decoder) feed(n byte) error {
	k := int(n)
	if d.open {
		d.endLine()
		k = max(k-1, 0)
	}
	for range k {
		d.lineFeed()
	}
	return nil
}

// size sets the multipliers from GS ! n: bits 4-6 width-1, bits 0-2 height-1.
func (d *decoder) size(n byte) error {
	if n&0x88 != 0 {
		return errors.New("character size bits 3 and 7 must be 0")
	}
	d.w, d.h = int(n>>4)+1, int(n&7)+1
	return nil
}

// cut decodes GS V: function A (m = 0, 1, 48, 49) cuts at once, function B
// (m = 65, 66, and a feed n) feeds to the cutter first.
func (d *decoder) cut(args []byte) (int, error) {
	if len(args) < 1 {
		return 0, ErrShort
	}
	kind, n := cutKind(args[0])
	if n == 0 {
		return 1, fmt.Errorf("cut mode %d", args[0])
	}
	if len(args) < n {
		return 0, ErrShort
	}
	if err := d.atLineStart("GS V", "is ignored by the printer"); err != nil {
		return n, err
	}
	d.rec.Cut = kind
	d.done, d.rec = append(d.done, d.rec), Receipt{}
	return n, nil
}

// cutKind returns the cut a GS V mode makes and how many argument bytes
// the mode has, 0 for a mode the printer does not know.
func cutKind(m byte) (Cut, int) {
	switch m {
	case 0, '0':
		return FullCut, 1
	case 1, '1':
		return PartialCut, 1
	case 65:
		return FullCut, 2
	case 66:
		return PartialCut, 2
	}
	return Uncut, 0
}
