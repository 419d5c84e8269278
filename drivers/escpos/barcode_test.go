package escpos_test

import (
	"bytes"
	"strings"
	"testing"

	"vuoro/drivers/escpos"
)

// TestCode128Bytes checks the code set selections and the length byte,
// which counts them.
func TestCode128Bytes(t *testing.T) {
	tests := []struct {
		data string
		body string // the bytes after GS k 73 n
	}{
		{"R19", "{BR19"},
		{"12345678", "{C\x0c\x22\x38\x4e"},         // digits only: code C
		{"1234567", "{C\x0c\x22\x38{B7"},           // an odd digit left over goes in B
		{"12", "{C\x0c"},                           // two digits only
		{"1", "{B1"},                               // one digit
		{"1234AB", "{C\x0c\x22{BAB"},               // four digits at the start
		{"123AB", "{B123AB"},                       // three are not worth it
		{"R1234", "{BR{C\x0c\x22"},                 // four at the end
		{"R12345", "{BR1{C\x17\x2d"},               // five at the end: the first in B
		{"AB123456CD", "{BAB{C\x0c\x22\x38{BCD"},   // six in the middle
		{"AB12345CD", "{BAB12345CD"},               // five in the middle are not
		{"AB1234567CD", "{BAB1{C\x17\x2d\x43{BCD"}, // seven: the first in B
		{"a{b}", "{Ba{{b}"},                        // '{' is sent twice
		{"{", "{B{{"},                              // alone too
		{" ~", "{B ~"},                             // the ends of printable ASCII
		{"00", "{C\x00"},                           // a zero pair
		{"VUORO-12345678", "{BVUORO-{C\x0c\x22\x38\x4e"},
	}
	for _, tt := range tests {
		e := escpos.NewEncoder(escpos.Paper80)
		e.Code128(tt.data, escpos.Code128Options{})
		got, err := e.Bytes()
		want := append([]byte{0x1D, 'H', 0, 0x1D, 'h', 80, 0x1D, 'w', 3, 0x1D, 'k', 73, byte(len(tt.body))}, tt.body...)
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("Code128(%q) = % X, %v\nwant % X", tt.data, got, err, want)
		}
	}
}

func TestCode128Options(t *testing.T) {
	e := escpos.NewEncoder(escpos.Paper80)
	e.Align(escpos.AlignCenter)
	e.Code128("R19", escpos.Code128Options{Height: 255, Module: 6, HRI: escpos.HRIBoth})
	want := []byte("\x1ba\x01\x1dH\x03\x1dh\xff\x1dw\x06\x1dkI\x05{BR19")
	if got, err := e.Bytes(); err != nil || !bytes.Equal(got, want) {
		t.Errorf("got % X, %v; want % X", got, err, want)
	}
}

func TestCode128Width(t *testing.T) {
	tests := []struct {
		data   string
		module int
		want   int
	}{
		{"R19", 3, (11*5 + 13) * 3}, // start, 3 characters, check; stop
		{"R19", 2, (11*5 + 13) * 2},
		{"12345678", 2, (11*6 + 13) * 2}, // start, 4 pairs, check; stop
		{"AB123456CD", 1, 11*11 + 13},    // start, A, B, C, 3 pairs, B, C, D, check; stop
	}
	for _, tt := range tests {
		if got, err := escpos.Code128Width(tt.data, tt.module); err != nil || got != tt.want {
			t.Errorf("Code128Width(%q, %d) = %d, %v; want %d", tt.data, tt.module, got, err, tt.want)
		}
	}
	if _, err := escpos.Code128Width("Ä", 2); err == nil {
		t.Error("Code128Width of Ä accepted")
	}
}

func TestCode128Errors(t *testing.T) {
	tests := []struct {
		name string
		do   func(e *escpos.Encoder)
		want string
	}{
		{"empty", func(e *escpos.Encoder) { e.Code128("", escpos.Code128Options{}) }, "escpos: CODE128 of no data"},
		{"not ASCII", func(e *escpos.Encoder) { e.Code128("Ä1", escpos.Code128Options{}) }, `escpos: CODE128 "Ä1": byte 0 (0xc3) is not printable ASCII`},
		{"control", func(e *escpos.Encoder) { e.Code128("a\nb", escpos.Code128Options{}) }, "byte 1 (0x0a)"},
		{"delete", func(e *escpos.Encoder) { e.Code128("\x7f", escpos.Code128Options{}) }, "not printable ASCII"},
		{"too long", func(e *escpos.Encoder) { e.Code128(strings.Repeat("{", 127), escpos.Code128Options{Module: 2}) }, "takes 256 bytes: the printer takes 255 at most"},
		{"too wide", func(e *escpos.Encoder) { e.Code128("VUORO-TESTI", escpos.Code128Options{Module: 3}) }, `escpos: CODE128 "VUORO-TESTI" is 468 dots wide: the 58 mm paper has 384`},
		{"height 256", func(e *escpos.Encoder) { e.Code128("R1", escpos.Code128Options{Height: 256}) }, "escpos: barcode height 256 dots: want 1..255"},
		{"height -1", func(e *escpos.Encoder) { e.Code128("R1", escpos.Code128Options{Height: -1}) }, "height -1"},
		{"module 1", func(e *escpos.Encoder) { e.Code128("R1", escpos.Code128Options{Module: 1}) }, "escpos: barcode module 1 dots: want 2..6"},
		{"module 7", func(e *escpos.Encoder) { e.Code128("R1", escpos.Code128Options{Module: 7}) }, "module 7"},
		{"text position", func(e *escpos.Encoder) { e.Code128("R1", escpos.Code128Options{HRI: 4}) }, "text position 4"},
		{"mid-line", func(e *escpos.Encoder) { e.Text("a"); e.Code128("R1", escpos.Code128Options{}) }, "escpos: barcode in mid-line"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := escpos.NewEncoder(escpos.Paper58)
			tt.do(e)
			if _, err := e.Bytes(); err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Bytes() error %v, want %q", err, tt.want)
			}
		})
	}
}

func TestHRIString(t *testing.T) {
	for h, want := range map[escpos.HRI]string{escpos.HRINone: "none", escpos.HRIAbove: "above", escpos.HRIBelow: "below", escpos.HRIBoth: "both", 9: "HRI(9)"} {
		if h.String() != want {
			t.Errorf("HRI(%d) = %q, want %q", byte(h), h, want)
		}
	}
}
