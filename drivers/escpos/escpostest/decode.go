package escpostest

import (
	"fmt"

	"vuoro/drivers/escpos"
)

// decoder is the printer's state while reading a byte stream.
type decoder struct {
	b        []byte
	pos      int
	bold     bool
	w, h     int
	align    escpos.Align
	line     Line
	lineOpen bool
	receipt  Receipt
	out      []Receipt
}

// Decode decodes a byte stream into the receipts it prints.
func Decode(b []byte) ([]Receipt, error) {
	d := &decoder{b: b, w: 1, h: 1}
	for d.pos < len(b) {
		if err := d.step(); err != nil {
			return d.out, err
		}
	}
	d.endLine(false)
	if len(d.receipt.Lines) > 0 {
		d.receipt.Uncut = true
		d.out = append(d.out, d.receipt)
	}
	return d.out, nil
}

// arg returns the n bytes after the command's first k bytes.
func (d *decoder) arg(k, n int) ([]byte, error) {
	if d.pos+k+n > len(d.b) {
		return nil, fmt.Errorf("escpostest: command % X at offset %d is cut short", d.b[d.pos:], d.pos)
	}
	return d.b[d.pos+k : d.pos+k+n], nil
}

func (d *decoder) step() error {
	c := d.b[d.pos]
	switch {
	case c == 0x0A:
		d.endLine(true)
		d.pos++
		return nil
	case c >= 0x20 && c != 0x7F:
		d.text()
		return nil
	case c == 0x1B || c == 0x1D:
		return d.command()
	}
	return d.unknown(1)
}

func (d *decoder) unknown(n int) error {
	end := min(d.pos+n, len(d.b))
	return fmt.Errorf("escpostest: unknown command % X at offset %d", d.b[d.pos:end], d.pos)
}

func (d *decoder) text() {
	start := d.pos
	for d.pos < len(d.b) && d.b[d.pos] >= 0x20 && d.b[d.pos] != 0x7F {
		d.pos++
	}
	if !d.lineOpen {
		d.line = Line{Align: d.align}
		d.lineOpen = true
	}
	d.line.Runs = append(d.line.Runs, Run{Text: escpos.Decode(d.b[start:d.pos]), Bold: d.bold, Width: d.w, Height: d.h})
}

// endLine closes the line being printed; a bare LF prints an empty line.
func (d *decoder) endLine(force bool) {
	if !d.lineOpen && !force {
		return
	}
	if !d.lineOpen {
		d.line = Line{Align: d.align}
	}
	d.receipt.Lines = append(d.receipt.Lines, d.line)
	d.lineOpen = false
}
