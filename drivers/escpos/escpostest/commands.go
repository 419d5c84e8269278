package escpostest

import (
	"fmt"

	"vuoro/drivers/escpos"
)

// command decodes one ESC or GS command with its arguments.
func (d *decoder) command() error {
	if d.pos+1 >= len(d.b) {
		return d.unknown(1)
	}
	key := string(d.b[d.pos : d.pos+2])
	cmd, ok := commands[key]
	if !ok {
		return d.unknown(2)
	}
	a, err := d.arg(2, cmd.args)
	if err != nil {
		return err
	}
	if err := cmd.run(d, a); err != nil {
		return fmt.Errorf("escpostest: offset %d: %w", d.pos, err)
	}
	d.pos += 2 + cmd.args
	return nil
}

type command struct {
	args int
	run  func(d *decoder, a []byte) error
}

var commands = map[string]command{
	"\x1b@": {0, func(d *decoder, _ []byte) error {
		d.bold, d.w, d.h, d.align = false, 1, 1, escpos.AlignLeft
		return nil
	}},
	"\x1bt": {1, codePage},
	"\x1ba": {1, func(d *decoder, a []byte) error { return d.setAlign(a[0]) }},
	"\x1bE": {1, func(d *decoder, a []byte) error { d.bold = a[0]&1 == 1; return nil }},
	"\x1bd": {1, func(d *decoder, a []byte) error { d.feed(int(a[0])); return nil }},
	"\x1d!": {1, func(d *decoder, a []byte) error { d.w, d.h = int(a[0]>>4)+1, int(a[0]&7)+1; return nil }},
	"\x1dV": {2, cut},
}

func codePage(_ *decoder, a []byte) error {
	if a[0] != escpos.CodePage858 {
		return fmt.Errorf("code page %d; the virtual printer knows only 858", a[0])
	}
	return nil
}

func (d *decoder) setAlign(n byte) error {
	switch n {
	case 0, '0':
		d.align = escpos.AlignLeft
	case 1, '1':
		d.align = escpos.AlignCenter
	case 2, '2':
		d.align = escpos.AlignRight
	default:
		return fmt.Errorf("alignment %d", n)
	}
	return nil
}

func (d *decoder) feed(n int) {
	d.endLine(false)
	for range n {
		d.receipt.Lines = append(d.receipt.Lines, Line{Align: d.align})
	}
}

func cut(d *decoder, a []byte) error {
	if a[0] != 65 && a[0] != 66 {
		return fmt.Errorf("cut mode %d", a[0])
	}
	d.endLine(false)
	d.receipt.Partial = a[0] == 66
	d.out = append(d.out, d.receipt)
	d.receipt = Receipt{}
	return nil
}
