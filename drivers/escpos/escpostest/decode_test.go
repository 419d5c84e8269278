package escpostest_test

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"vuoro/drivers/escpos"
	"vuoro/drivers/escpos/escpostest"
)

func run(s string, bold bool, w, h int) escpostest.Run {
	return escpostest.Run{Text: s, Bold: bold, Width: w, Height: h}
}

func line(a escpos.Align, runs ...escpostest.Run) escpostest.Line {
	return escpostest.Line{Align: a, Runs: runs}
}

func TestDecodeSampleTicket(t *testing.T) {
	c := escpos.AlignCenter
	normal := func(s string) escpostest.Line { return line(c, run(s, false, 1, 1)) }
	want := escpostest.Receipt{Cut: escpostest.PartialCut, Lines: []escpostest.Line{
		normal("Kutsutunniste"),
		line(c, run("R20", true, 4, 4)),
		normal("Tämä tuloste on henkilökohtainen"),
		normal("Odotusaula Lahti"),
		normal("Käynti: Odotusaula Lahti, Veroasiat"),
		normal("Edelläsi jonossa: 3"),
		normal("22.11.2026 10:15"),
		{Align: c}, {Align: c}, {Align: c},
	}}
	if got := sampleReceipt(t); !reflect.DeepEqual(got, want) {
		t.Errorf("decoded\n%+v\nwant\n%+v", got, want)
	}
	const text = "Kutsutunniste\nR20\nTämä tuloste on henkilökohtainen\nOdotusaula Lahti\n" +
		"Käynti: Odotusaula Lahti, Veroasiat\nEdelläsi jonossa: 3\n22.11.2026 10:15\n\n\n\n"
	if got := want.Text(); got != text {
		t.Errorf("Text() = %q, want %q", got, text)
	}
}

// TestDecodeRoundTrip encodes models with package escpos and decodes them
// back.
func TestDecodeRoundTrip(t *testing.T) {
	l, c, r := escpos.AlignLeft, escpos.AlignCenter, escpos.AlignRight
	tests := map[string][]escpostest.Receipt{
		"mixed sizes and bold on one line": {{Cut: escpostest.FullCut, Lines: []escpostest.Line{
			line(l, run("Nro ", false, 1, 1), run("A22", true, 3, 2), run(" huone 6", false, 1, 1)),
		}}},
		"alignments and blank lines": {{Cut: escpostest.PartialCut, Lines: []escpostest.Line{
			line(r, run("oikea", false, 1, 1)), {Align: c}, line(c, run("keski", true, 8, 8)), {Align: l}, line(l, run("vasen", false, 2, 1)),
		}}},
		"every character of the code page": {{Cut: escpostest.FullCut, Lines: []escpostest.Line{
			line(l, run(everyCharacter(), false, 1, 1)),
		}}},
		"two receipts and an uncut one": {
			{Cut: escpostest.FullCut, Lines: []escpostest.Line{line(c, run("R1", true, 4, 4))}},
			{Cut: escpostest.PartialCut, Lines: []escpostest.Line{line(c, run("R2", true, 4, 4))}},
			{Cut: escpostest.Uncut, Lines: []escpostest.Line{line(l, run("Verokortit", false, 1, 1), run(" 3", true, 1, 1))}},
		},
		"an empty receipt between two cuts": {
			{Cut: escpostest.FullCut, Lines: []escpostest.Line{line(l, run("a", false, 1, 1))}},
			{Cut: escpostest.FullCut},
		},
	}
	for name, want := range tests {
		t.Run(name, func(t *testing.T) {
			got, err := escpostest.Decode(encode(t, want...))
			if err != nil || !reflect.DeepEqual(got, want) {
				t.Errorf("Decode(encode(x)) = %+v, %v\nwant %+v", got, err, want)
			}
		})
	}
}

// everyCharacter is every printable character of code page 858.
func everyCharacter() string {
	var b []byte
	for c := 0x20; c < 0x100; c++ {
		if c != 0x7F {
			b = append(b, byte(c))
		}
	}
	return escpos.DecodeText(b)
}

// TestDecodeCommands covers what the decoder accepts beyond what package
// escpos emits, and how it models a printer.
func TestDecodeCommands(t *testing.T) {
	l := escpos.AlignLeft
	tests := []struct {
		name string
		in   string
		want []escpostest.Receipt
	}{
		{"ESC a takes ASCII digits", "\x1ba1x\n\x1ba2y\n\x1ba0z\n", []escpostest.Receipt{{Lines: []escpostest.Line{
			line(escpos.AlignCenter, run("x", false, 1, 1)), line(escpos.AlignRight, run("y", false, 1, 1)), line(l, run("z", false, 1, 1)),
		}}}},
		{"ESC d ends the open line as its first feed", "a\x1bd\x02b\x1bd\x00", []escpostest.Receipt{{Lines: []escpostest.Line{
			line(l, run("a", false, 1, 1)), {Align: l}, line(l, run("b", false, 1, 1)),
		}}}},
		{"ESC E looks at bit 0 only", "\x1bE\x03a\x1bE\x02b\n", []escpostest.Receipt{{Lines: []escpostest.Line{
			line(l, run("a", true, 1, 1), run("b", false, 1, 1)),
		}}}},
		{"a run is split only where attributes change", "a\x1bE\x00b\x1d!\x00c\n", []escpostest.Receipt{{Lines: []escpostest.Line{
			line(l, run("abc", false, 1, 1)),
		}}}},
		{"ESC @ resets the mode", "\x1bE\x01\x1d!\x11\x1ba\x02\x1b@x\n", []escpostest.Receipt{{Lines: []escpostest.Line{
			line(l, run("x", false, 1, 1)),
		}}}},
		{"GS V function A", "a\n\x1dV\x00b\n\x1dV1", []escpostest.Receipt{
			{Cut: escpostest.FullCut, Lines: []escpostest.Line{line(l, run("a", false, 1, 1))}},
			{Cut: escpostest.PartialCut, Lines: []escpostest.Line{line(l, run("b", false, 1, 1))}},
		}},
		{"an unterminated line is uncut", "\x1bt\x13\x84", []escpostest.Receipt{{Lines: []escpostest.Line{line(l, run("ä", false, 1, 1))}}}},
		{"commands alone print nothing", "\x1b@\x1bt\x13\x1bE\x01", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := escpostest.Decode([]byte(tt.in))
			if err != nil || !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Decode(% X) = %+v, %v\nwant %+v", tt.in, got, err, tt.want)
			}
		})
	}
}

func TestDecodeErrors(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		offset int
		bytes  string
		want   string // in the error's message
	}{
		{"unknown ESC", "ab\x1bZ\x01", 2, "\x1bZ", "unknown command"},
		{"unknown GS", "\x1dP\x49", 0, "\x1dP", "unknown command"},
		{"unknown DLE", "\x10\x05\x01", 0, "\x10\x05", "unknown command"},
		{"control byte", "a\x07", 1, "\x07", "unknown command"},
		{"carriage return", "a\r\n", 1, "\r", "unknown command"},
		{"delete", "\x7f", 0, "\x7f", "unknown command"},
		{"lone ESC at the end", "a\x1b", 1, "\x1b", "command cut short"},
		{"size without its argument", "\n\x1d!", 1, "\x1d!", "command cut short"},
		{"cut without its feed", "\x1dVB", 0, "\x1dVB", "command cut short"},
		{"another code page", "\x1bt\x00", 0, "\x1bt\x00", "code page 0"},
		{"cut mode", "\x1dV\x09\x00", 0, "\x1dV\x09", "cut mode 9"},
		{"size bits", "\x1d!\x08", 0, "\x1d!\x08", "bits 3 and 7"},
		{"alignment", "\x1ba\x03", 0, "\x1ba\x03", "alignment"},
		{"align in mid-line", "a\x1ba\x01", 1, "\x1ba\x01", "ESC a in mid-line"},
		{"cut in mid-line", "a\x1dVB\x03", 1, "\x1dVB\x03", "GS V in mid-line"},
		{"init in mid-line", "a\x1b@", 1, "\x1b@", "ESC @ in mid-line"},
		{"code page 858 not selected", "\x1b@ok\x84", 4, "\x84", "before ESC t 19"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := escpostest.Decode([]byte(tt.in))
			var de *escpostest.DecodeError
			if !errors.As(err, &de) || de.Offset != tt.offset || string(de.Bytes) != tt.bytes || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Decode(% X) = %v; want an error at offset %d on % X saying %q", tt.in, err, tt.offset, tt.bytes, tt.want)
			}
			if !strings.HasPrefix(err.Error(), "escpostest: offset ") {
				t.Errorf("message %q", err)
			}
		})
	}
}

func TestDecodeErrorKinds(t *testing.T) {
	if _, err := escpostest.Decode([]byte{0x1B, 'Z'}); !errors.Is(err, escpostest.ErrUnknown) {
		t.Errorf("unknown command: %v", err)
	}
	if _, err := escpostest.Decode([]byte{0x1B, 'd'}); !errors.Is(err, escpostest.ErrShort) {
		t.Errorf("truncated command: %v", err)
	}
}

func TestDecodeKeepsReceiptsBeforeAnError(t *testing.T) {
	b := append(encode(t, escpostest.Receipt{Cut: escpostest.FullCut, Lines: []escpostest.Line{line(0, run("R7", false, 1, 1))}}), "x\x1bZ"...)
	rs, err := escpostest.Decode(b)
	if err == nil || len(rs) != 1 || rs[0].Text() != "R7\n" {
		t.Errorf("Decode = %+v, %v; want the cut receipt and an error", rs, err)
	}
}

func FuzzDecode(f *testing.F) {
	f.Add(goldenTicket(f))
	f.Add(readTestdata(f, "ticket_codes.bin"))
	f.Add([]byte("\x1dkI\x0c{AAB{Sa{C\x0c{1{B{{\x1d(k\x03\x001E3\x1d(k\x04\x001P0x\x1d(k\x03\x001Q0\x10\x04\x04\x1da\x0e"))
	f.Add([]byte("\x1b@\x1bt\x13\x1d!\x77\x1bE\x01" + strings.Repeat("W", 60) + "\n\x1dV\x00"))
	f.Add([]byte("a\x1bd\x05\x1ba1b\n\x1dVA\x00tail"))
	f.Fuzz(func(t *testing.T, b []byte) {
		rs, err := escpostest.Decode(b)
		if err != nil {
			var de *escpostest.DecodeError
			if !errors.As(err, &de) || de.Offset < 0 || de.Offset >= len(b) || len(de.Bytes) == 0 {
				t.Fatalf("error %#v", err)
			}
			return
		}
		for i, r := range rs {
			checkReceipt(t, r, i == len(rs)-1)
			if len(r.Lines) > 100 || len(r.Text()) > 2000 {
				continue // metres of paper: too slow to draw here
			}
			if img := escpostest.Render(r, escpos.Paper58); img.Bounds().Dx() != 384 {
				t.Fatalf("rendered %v", img.Bounds())
			}
		}
	})
}

// checkReceipt checks what every decoded receipt holds to.
func checkReceipt(t *testing.T, r escpostest.Receipt, last bool) {
	if r.Cut == escpostest.Uncut && (!last || len(r.Lines) == 0) {
		t.Fatalf("uncut receipt %+v not last or empty", r)
	}
	if n := strings.Count(r.Text(), "\n"); n != len(r.Lines) {
		t.Fatalf("Text has %d lines, the receipt %d", n, len(r.Lines))
	}
	for _, l := range r.Lines {
		checkCodes(t, l)
		for i, run := range l.Runs {
			if run.Text == "" || run.Width < 1 || run.Width > 8 || run.Height < 1 || run.Height > 8 {
				t.Fatalf("run %+v", run)
			}
			if i > 0 && run.Bold == l.Runs[i-1].Bold && run.Width == l.Runs[i-1].Width && run.Height == l.Runs[i-1].Height {
				t.Fatalf("runs %+v and %+v not joined", l.Runs[i-1], run)
			}
		}
	}
}

// checkCodes checks a barcode or QR code line.
func checkCodes(t *testing.T, l escpostest.Line) {
	switch {
	case l.Code128 != nil && l.QR != nil:
		t.Fatalf("line %+v has a barcode and a QR code", l)
	case (l.Code128 != nil || l.QR != nil) && len(l.Runs) > 0:
		t.Fatalf("line %+v has a code and text", l)
	case l.Code128 != nil:
		c := l.Code128
		if c.Data == "" || len(c.Raw) < 3 || c.Height < 1 || c.Height > 255 || c.Module < 2 || c.Module > 6 || c.HRI > escpos.HRIBoth {
			t.Fatalf("barcode %+v", c)
		}
	case l.QR != nil:
		q := l.QR
		if _, err := escpos.QRVersion(q.Data, q.Level); err != nil || q.Module < 1 || q.Module > 16 {
			t.Fatalf("QR code %+v: %v", q, err)
		}
	}
}
