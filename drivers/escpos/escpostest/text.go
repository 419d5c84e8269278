package escpostest

import (
	"errors"

	"vuoro/drivers/escpos"
)

// isText reports whether the printer prints c as a character.
func isText(c byte) bool { return c >= 0x20 && c != 0x7F }

// text prints the characters at the start of buf as a run.
func (d *decoder) text() (int, error) {
	n := 0
	for n < len(d.buf) && isText(d.buf[n]) && (d.buf[n] < 0x80 || d.cp858) {
		n++
	}
	if n == 0 {
		return 0, d.fail(1, errors.New("a character of code page 858 before ESC t 19 selects it"))
	}
	d.addRun(escpos.DecodeText(d.buf[:n]))
	return n, nil
}

// addRun adds text to the open line, joining it to the last run if that
// has the same attributes.
func (d *decoder) addRun(s string) {
	if !d.open {
		d.line, d.open = Line{Align: d.align}, true
	}
	r := Run{Text: s, Bold: d.bold, Width: d.w, Height: d.h}
	runs := d.line.Runs
	if k := len(runs) - 1; k >= 0 && sameAttrs(runs[k], r) {
		runs[k].Text += s
		return
	}
	d.line.Runs = append(runs, r)
}

func sameAttrs(a, b Run) bool { return a.Bold == b.Bold && a.Width == b.Width && a.Height == b.Height }

// lineFeed ends the open line, or feeds a blank one.
func (d *decoder) lineFeed() {
	if d.open {
		d.endLine()
		return
	}
	d.rec.Lines = append(d.rec.Lines, Line{Align: d.align})
}

// endLine prints the open line.
func (d *decoder) endLine() {
	d.rec.Lines = append(d.rec.Lines, d.line)
	d.line, d.open = Line{}, false
}
