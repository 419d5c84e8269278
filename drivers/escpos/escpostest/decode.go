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
	host host // answers status requests; nil when only decoding
}

// host is the other end of the printer's line, which status requests are
// answered to.
type host interface {
	realtime(n byte) // DLE EOT n, n being 1 to 4
	asb(n byte)      // GS a n
}

// mode is what ESC @ resets.
type mode struct {
	bold  bool
	w, h  int
	align escpos.Align
	cp858 bool // code page 858 is selected
	bar   barMode
	qr    QR // the settings and the data stored (GS ( k)
}

// barMode is the settings of the barcode commands.
type barMode struct {
	hri    escpos.HRI
	height int
	module int
}

func newDecoder() *decoder {
	d := &decoder{}
	d.mode = defaults()
	return d
}

// defaults is the printer's mode after power-on or ESC @.
// Barcodes are 162 dots tall with 3-dot modules and no text; QR codes
// have 3-dot modules and level L.
func defaults() mode {
	return mode{w: 1, h: 1, bar: barMode{height: 162, module: 3}, qr: QR{Module: 3, Level: escpos.QRLevelL}}
}

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
// resets the printer's mode, keeping the stream offset and the receipts
// finished.
func (d *decoder) discard() {
	off, h, done := d.off+len(d.buf), d.host, d.done
	*d = *newDecoder()
	d.off, d.host, d.done = off, h, done
}

// writeOn decodes b as write does, and past bytes it does not accept goes
// on as a printer does: it drops them and the receipt they are in, resets
// its mode, and decodes the rest. It returns the errors met.
func (d *decoder) writeOn(b []byte) []error {
	var errs []error
	for {
		err := d.write(b)
		var de *DecodeError
		if !errors.As(err, &de) {
			return errs
		}
		errs = append(errs, err)
		b = append([]byte(nil), d.buf[len(de.Bytes):]...) // write stopped at the bad bytes
		d.buf = d.buf[:len(de.Bytes)]
		d.discard()
	}
}

// step decodes the command or text at the start of buf and returns how
// many bytes it took.
func (d *decoder) step() (int, error) {
	switch c := d.buf[0]; {
	case c == 0x0A:
		d.lineFeed()
		return 1, nil
	case c == 0x1B || c == 0x1D || c == 0x10:
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
