package escpostest

import (
	"errors"

	"vuoro/drivers/escpos"
)

// Decode decodes a whole byte stream into the receipts it prints. Bytes
// after the last cut form a trailing receipt whose Cut is Uncut. On error
// Decode returns the receipts cut before the bad bytes and a *DecodeError.
func Decode(b []byte) ([]Receipt, error) {
	d := newDecoder()
	err := d.write(b)
	if err == nil {
		err = d.close()
	}
	return d.take(), err
}

// decoder is a printer reading a stream: the bytes it holds back, the
// settings the commands made and the receipt being printed. It decodes
// a stream written in pieces exactly as the whole.
type decoder struct {
	buf  []byte // bytes not yet decoded: a command cut short
	off  int    // stream offset of buf[0]
	mode        // the settings of the printer
	line Line   // the line being filled
	open bool   // text has come since the last line end
	rec  Receipt
	done []Receipt
}

// mode is what ESC @ resets.
type mode struct {
	bold  bool
	w, h  int
	align escpos.Align
	cp858 bool // code page 858 is selected
}

func newDecoder() *decoder {
	d := &decoder{}
	d.mode = defaults()
	return d
}

// defaults is the printer's mode after power-on or ESC @.
func defaults() mode { return mode{w: 1, h: 1} }

// write decodes the commands complete in what has come so far and holds
// back one cut short at the end.
func (d *decoder) write(b []byte) error {
	d.buf = append(d.buf, b...)
	for len(d.buf) > 0 {
		n, err := d.step()
		if errors.Is(err, ErrShort) {
			break
		}
		if err != nil {
			return err
		}
		d.buf, d.off = d.buf[n:], d.off+n
	}
	d.buf = append([]byte(nil), d.buf...) // do not pin what was decoded
	return nil
}

// close ends the stream: a command held back is an error, and the text
// printed since the last cut forms an uncut receipt.
func (d *decoder) close() error {
	if len(d.buf) > 0 {
		return d.fail(len(d.buf), ErrShort)
	}
	if d.open {
		d.endLine()
	}
	if len(d.rec.Lines) > 0 {
		d.done = append(d.done, d.rec)
		d.rec = Receipt{}
	}
	return nil
}

// take returns the receipts finished since the last take.
func (d *decoder) take() []Receipt {
	rs := d.done
	d.done = nil
	return rs
}

// discard drops the bytes held back and the receipt being printed, and
// resets the printer's mode, keeping the stream offset.
func (d *decoder) discard() {
	off := d.off + len(d.buf)
	*d = *newDecoder()
	d.off = off
}

// step decodes the command or text at the start of buf and returns how
// many bytes it took.
func (d *decoder) step() (int, error) {
	switch c := d.buf[0]; {
	case c == 0x0A:
		d.lineFeed()
		return 1, nil
	case c == 0x1B || c == 0x1D:
		return d.command()
	case isText(c):
		return d.text()
	}
	return 0, d.fail(1, ErrUnknown)
}

// fail returns a *DecodeError for the first n bytes of buf.
func (d *decoder) fail(n int, err error) error {
	n = min(n, len(d.buf))
	return &DecodeError{Offset: d.off, Bytes: append([]byte(nil), d.buf[:n]...), Err: err}
}
