package escpos

import "fmt"

// HRI is where the printer prints a barcode's data as text, its human
// readable interpretation (GS H n).
type HRI byte

// The positions of GS H.
const (
	HRINone  HRI = 0
	HRIAbove HRI = 1
	HRIBelow HRI = 2
	HRIBoth  HRI = 3
)

// String returns "none", "above", "below" or "both".
func (h HRI) String() string {
	switch h {
	case HRINone:
		return "none"
	case HRIAbove:
		return "above"
	case HRIBelow:
		return "below"
	case HRIBoth:
		return "both"
	}
	return fmt.Sprintf("HRI(%d)", byte(h))
}

// Code128Options is the look of a CODE128 barcode; a zero field takes
// its default.
type Code128Options struct {
	Height int // bar height in dots, 1..255; default 80 (10 mm)
	Module int // width of the narrowest bar in dots, 2..6; default 3
	HRI    HRI // where the data is printed as text; default none
}

// The defaults of Code128Options.
const (
	DefaultBarHeight = 80
	DefaultBarModule = 3
)

func (o Code128Options) withDefaults() Code128Options {
	if o.Height == 0 {
		o.Height = DefaultBarHeight
	}
	if o.Module == 0 {
		o.Module = DefaultBarModule
	}
	return o
}

func (o Code128Options) check() error {
	switch {
	case o.Height < 1 || o.Height > 255:
		return fmt.Errorf("escpos: barcode height %d dots: want 1..255", o.Height)
	case o.Module < 2 || o.Module > 6:
		return fmt.Errorf("escpos: barcode module %d dots: want 2..6", o.Module)
	case o.HRI > HRIBoth:
		return fmt.Errorf("escpos: barcode text position %d: want none, above, below or both", byte(o.HRI))
	}
	return nil
}

// barcodeCode128 is the m of GS k m n for CODE128.
const barcodeCode128 = 73

// Code128 prints data as a CODE128 barcode (GS k 73 n), after setting its
// text position (GS H), height (GS h) and module width (GS w). The data
// must be printable ASCII; runs of digits are packed two to a symbol in
// code set C and the rest printed in code set B, and the selection bytes
// {B and {C count in the length byte n, which the printer limits to 255.
// A barcode wider than the paper is an error, as the printer would not
// print it. The printer prints a barcode only at the start of a line, so
// Code128 in mid-line is an error; the barcode is aligned as Align says.
func (e *Encoder) Code128(data string, o Code128Options) {
	o = o.withDefaults()
	if err := o.check(); err != nil {
		e.fail(err)
		return
	}
	b, symbols, err := code128Bytes(data)
	if err != nil {
		e.fail(err)
		return
	}
	if w := code128Modules(symbols) * o.Module; w > e.paper.Dots() && e.paper.valid() {
		e.fail(fmt.Errorf("escpos: CODE128 %q is %d dots wide: the %v paper has %d", data, w, e.paper, e.paper.Dots()))
		return
	}
	if e.atLineStart("barcode", "is not printed") {
		e.put(gs, 'H', byte(o.HRI), gs, 'h', byte(o.Height), gs, 'w', byte(o.Module), gs, 'k', barcodeCode128, byte(len(b)))
		e.put(b...)
	}
}

// Code128Width returns how many dots wide Code128 prints data with bars
// of module dots, or the error Code128 would fail with for data.
func Code128Width(data string, module int) (int, error) {
	_, symbols, err := code128Bytes(data)
	if err != nil {
		return 0, err
	}
	return code128Modules(symbols) * module, nil
}

// code128Modules is the width in modules of a symbol of n symbols from
// the start code to the last data symbol: those, the check symbol (11
// modules each) and the stop pattern (13).
func code128Modules(n int) int { return 11*(n+1) + 13 }

// maxCode128 is the most bytes GS k 73 n takes.
const maxCode128 = 255

// code128Bytes returns the data bytes of GS k 73 for data, with the code
// set selections, and the number of symbols they make (start code
// included). Code set C takes a run of digits at the start or end of
// four or more, or elsewhere of six or more; of an odd run, the first
// digit goes in code set B, or at the start the last. A '{' in code set B
// is sent as "{{".
func code128Bytes(data string) ([]byte, int, error) {
	if data == "" {
		return nil, 0, fmt.Errorf("escpos: CODE128 of no data")
	}
	for i := 0; i < len(data); i++ {
		if c := data[i]; c < 0x20 || c > 0x7E {
			return nil, 0, fmt.Errorf("escpos: CODE128 %q: byte %d (%#02x) is not printable ASCII", data, i, c)
		}
	}
	out := make([]byte, 0, len(data)+4)
	set, symbols := byte(0), 0
	for i := 0; i < len(data); {
		if d := digitRun(data[i:]); useCodeC(d, i == 0, i+d == len(data)) {
			if d%2 == 1 && i > 0 { // the odd digit goes in B, ahead of C
				out, i, d, symbols = append(out, data[i]), i+1, d-1, symbols+1
			}
			if set != 'C' {
				out, set, symbols = append(out, '{', 'C'), 'C', symbols+1
			}
			for ; d >= 2; d -= 2 {
				out = append(out, (data[i]-'0')*10+data[i+1]-'0')
				i, symbols = i+2, symbols+1
			}
			continue
		}
		if set != 'B' {
			out, set, symbols = append(out, '{', 'B'), 'B', symbols+1
		}
		if data[i] == '{' {
			out = append(out, '{')
		}
		out, i, symbols = append(out, data[i]), i+1, symbols+1
	}
	if len(out) > maxCode128 {
		return nil, 0, fmt.Errorf("escpos: CODE128 %q takes %d bytes: the printer takes %d at most", data, len(out), maxCode128)
	}
	return out, symbols, nil
}

// useCodeC reports whether a run of d digits is shorter in code set C.
func useCodeC(d int, atStart, atEnd bool) bool {
	switch {
	case d >= 2 && atStart && atEnd:
		return true // digits only
	case atStart || atEnd:
		return d >= 4
	}
	return d >= 6
}

// digitRun returns how many digits s starts with.
func digitRun(s string) int {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	return n
}
