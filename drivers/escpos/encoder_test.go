package escpos_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"vuoro/drivers/escpos"
)

func TestCommandBytes(t *testing.T) {
	tests := []struct {
		name string
		do   func(e *escpos.Encoder)
		want []byte
	}{
		{"init selects code page 858", (*escpos.Encoder).Init, []byte{0x1B, '@', 0x1B, 't', 19}},
		{"align left", func(e *escpos.Encoder) { e.Align(escpos.AlignLeft) }, []byte{0x1B, 'a', 0}},
		{"align center", func(e *escpos.Encoder) { e.Align(escpos.AlignCenter) }, []byte{0x1B, 'a', 1}},
		{"align right", func(e *escpos.Encoder) { e.Align(escpos.AlignRight) }, []byte{0x1B, 'a', 2}},
		{"bold on", func(e *escpos.Encoder) { e.Bold(true) }, []byte{0x1B, 'E', 1}},
		{"bold off", func(e *escpos.Encoder) { e.Bold(false) }, []byte{0x1B, 'E', 0}},
		{"size 1x1", func(e *escpos.Encoder) { e.Size(1, 1) }, []byte{0x1D, '!', 0x00}},
		{"size 2x1", func(e *escpos.Encoder) { e.Size(2, 1) }, []byte{0x1D, '!', 0x10}},
		{"size 1x2", func(e *escpos.Encoder) { e.Size(1, 2) }, []byte{0x1D, '!', 0x01}},
		{"size 4x4", func(e *escpos.Encoder) { e.Size(4, 4) }, []byte{0x1D, '!', 0x33}},
		{"size 8x8", func(e *escpos.Encoder) { e.Size(8, 8) }, []byte{0x1D, '!', 0x77}},
		{"text", func(e *escpos.Encoder) { e.Text("R20") }, []byte("R20")},
		{"empty text", func(e *escpos.Encoder) { e.Text("") }, nil},
		{"line", func(e *escpos.Encoder) { e.Line("R20") }, []byte("R20\n")},
		{"empty line", func(e *escpos.Encoder) { e.Line("") }, []byte{0x0A}},
		{"text with a line feed", func(e *escpos.Encoder) { e.Text("a\nb") }, []byte("a\nb")},
		{"feed 0", func(e *escpos.Encoder) { e.Feed(0) }, []byte{0x1B, 'd', 0}},
		{"feed 3", func(e *escpos.Encoder) { e.Feed(3) }, []byte{0x1B, 'd', 3}},
		{"feed 255", func(e *escpos.Encoder) { e.Feed(255) }, []byte{0x1B, 'd', 255}},
		{"full cut", func(e *escpos.Encoder) { e.Cut(false) }, []byte{0x1D, 'V', 65, 3}},
		{"partial cut", func(e *escpos.Encoder) { e.Cut(true) }, []byte{0x1D, 'V', 66, 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := escpos.NewEncoder(escpos.Paper80)
			tt.do(e)
			got, err := e.Bytes()
			if err != nil || !bytes.Equal(got, tt.want) {
				t.Errorf("got % X, %v; want % X", got, err, tt.want)
			}
		})
	}
}

func TestFinnishLetters(t *testing.T) {
	tests := []struct {
		in   string
		want byte
	}{
		{"ä", 0x84}, {"ö", 0x94}, {"å", 0x86}, {"Ä", 0x8E}, {"Ö", 0x99}, {"Å", 0x8F},
		{"€", 0xD5}, {"é", 0x82}, {"ü", 0x81}, {"£", 0x9C}, {"§", 0xF5},
	}
	for _, tt := range tests {
		e := escpos.NewEncoder(escpos.Paper58)
		e.Text(tt.in)
		got, err := e.Bytes()
		if err != nil || !bytes.Equal(got, []byte{tt.want}) {
			t.Errorf("Text(%q) = % X, %v; want %02X", tt.in, got, err, tt.want)
		}
	}
}

func TestErrors(t *testing.T) {
	tests := []struct {
		name string
		do   func(e *escpos.Encoder)
		want string
	}{
		{"greek", func(e *escpos.Encoder) { e.Text("abcΩ") }, `escpos: "Ω" (U+03A9) at 3 is not in code page 858`},
		{"position counts characters", func(e *escpos.Encoder) { e.Line("Tämä ☃") }, `"☃" (U+2603) at 5`},
		{"escape injection", func(e *escpos.Encoder) { e.Text("a\x1bd\x05") }, "(U+001B) at 1"},
		{"carriage return", func(e *escpos.Encoder) { e.Text("a\r\n") }, "U+000D"},
		{"delete", func(e *escpos.Encoder) { e.Text("\x7f") }, "U+007F"},
		{"invalid UTF-8", func(e *escpos.Encoder) { e.Text("a\xff") }, "U+FFFD"},
		{"width 0", func(e *escpos.Encoder) { e.Size(0, 1) }, "escpos: character size 0x1: width and height must be 1..8"},
		{"height 9", func(e *escpos.Encoder) { e.Size(1, 9) }, "size 1x9"},
		{"negative", func(e *escpos.Encoder) { e.Size(-1, 2) }, "size -1x2"},
		{"alignment", func(e *escpos.Encoder) { e.Align(3) }, "escpos: alignment 3"},
		{"feed 256", func(e *escpos.Encoder) { e.Feed(256) }, "escpos: feed of 256 lines"},
		{"feed -1", func(e *escpos.Encoder) { e.Feed(-1) }, "feed of -1 lines"},
		{"align in mid-line", func(e *escpos.Encoder) { e.Text("a"); e.Align(escpos.AlignCenter) }, "escpos: align in mid-line"},
		{"cut in mid-line", func(e *escpos.Encoder) { e.Text("a"); e.Cut(true) }, "escpos: cut in mid-line"},
		{"init in mid-line", func(e *escpos.Encoder) { e.Text("a\nb"); e.Init() }, "escpos: init in mid-line"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := escpos.NewEncoder(escpos.Paper80)
			tt.do(e)
			b, err := e.Bytes()
			if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.HasPrefix(err.Error(), "escpos: ") {
				t.Fatalf("Bytes() = % X, %v; want an error containing %q", b, err, tt.want)
			}
			if b != nil || e.Err() != err {
				t.Errorf("Bytes() = % X and Err() = %v with error %v", b, e.Err(), err)
			}
		})
	}
}

func TestRuneErrorIsTyped(t *testing.T) {
	err := escpos.Encodable("Kutsu → R20")
	var re *escpos.RuneError
	if !errors.As(err, &re) || re.Rune != '→' || re.Index != 6 {
		t.Fatalf("Encodable = %#v, want a *RuneError for '→' at 6", err)
	}
	if err := escpos.Encodable("Tämä tuloste on henkilökohtainen: 12,50 € §3\n"); err != nil {
		t.Errorf("Finnish text refused: %v", err)
	}
}

func TestFirstErrorSticks(t *testing.T) {
	e := escpos.NewEncoder(escpos.Paper80)
	e.Init()
	e.Size(9, 9)
	first := e.Err()
	e.Text("Ω")  // a second error does not replace the first
	e.Line("ok") // and nothing is written after an error
	e.Cut(false)
	if first == nil || e.Err() != first {
		t.Fatalf("Err() = %v, want the first error %v", e.Err(), first)
	}
	if _, err := e.Bytes(); err != first {
		t.Errorf("Bytes() error = %v, want %v", err, first)
	}
}

func TestLineEndsAllowLineStartCommands(t *testing.T) {
	e := escpos.NewEncoder(escpos.Paper80)
	e.Text("a\n")
	e.Align(escpos.AlignRight)
	e.Text("b")
	e.Feed(1)
	e.Cut(false)
	e.Line("c")
	e.Init()
	want := []byte("a\n\x1ba\x02b\x1bd\x01\x1dVA\x03c\n\x1b@\x1bt\x13")
	if got, err := e.Bytes(); err != nil || !bytes.Equal(got, want) {
		t.Errorf("got % X, %v; want % X", got, err, want)
	}
}

func TestPaper(t *testing.T) {
	tests := []struct {
		p             escpos.Paper
		dots, columns int
	}{
		{escpos.Paper58, 384, 32},
		{escpos.Paper80, 576, 48},
		{escpos.Paper(76), 0, 0},
	}
	for _, tt := range tests {
		if tt.p.Dots() != tt.dots || tt.p.Columns() != tt.columns {
			t.Errorf("%v: %d dots, %d columns; want %d, %d", tt.p, tt.p.Dots(), tt.p.Columns(), tt.dots, tt.columns)
		}
	}
	e := escpos.NewEncoder(escpos.Paper(76))
	e.Line("x")
	if _, err := e.Bytes(); err == nil || err.Error() != "escpos: paper 76 mm: want 58 mm or 80 mm" {
		t.Errorf("unknown paper: %v", err)
	}
}
