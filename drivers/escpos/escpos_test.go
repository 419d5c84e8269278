package escpos_test

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"strings"
	"testing"

	"vuoro/drivers/escpos"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func TestCommands(t *testing.T) {
	tests := []struct {
		name string
		do   func(e *escpos.Encoder)
		want []byte
	}{
		{"init selects code page 858", (*escpos.Encoder).Init, []byte{0x1B, '@', 0x1B, 't', 19}},
		{"center", func(e *escpos.Encoder) { e.Align(escpos.AlignCenter) }, []byte{0x1B, 'a', 1}},
		{"bold on", func(e *escpos.Encoder) { e.Bold(true) }, []byte{0x1B, 'E', 1}},
		{"bold off", func(e *escpos.Encoder) { e.Bold(false) }, []byte{0x1B, 'E', 0}},
		{"size 4x4", func(e *escpos.Encoder) { e.Size(4, 4) }, []byte{0x1D, '!', 0x33}},
		{"size 2x1", func(e *escpos.Encoder) { e.Size(2, 1) }, []byte{0x1D, '!', 0x10}},
		{"feed", func(e *escpos.Encoder) { e.Feed(3) }, []byte{0x1B, 'd', 3}},
		{"partial cut", func(e *escpos.Encoder) { e.Cut(true) }, []byte{0x1D, 'V', 66, 3}},
		{"full cut", func(e *escpos.Encoder) { e.Cut(false) }, []byte{0x1D, 'V', 65, 3}},
		{"finnish letters", func(e *escpos.Encoder) { e.Line("äöåÄÖÅ€") }, []byte{0x84, 0x94, 0x86, 0x8E, 0x99, 0x8F, 0xD5, 0x0A}},
	}
	for _, tt := range tests {
		e := escpos.NewEncoder(escpos.Paper80)
		tt.do(e)
		got, err := e.Bytes()
		if err != nil || !bytes.Equal(got, tt.want) {
			t.Errorf("%s: % X, %v; want % X", tt.name, got, err, tt.want)
		}
	}
}

func TestErrorsStick(t *testing.T) {
	tests := []struct {
		name string
		do   func(e *escpos.Encoder)
		want string
	}{
		{"greek", func(e *escpos.Encoder) { e.Text("abΩ") }, `'Ω' (U+03A9) at 2`},
		{"escape injection", func(e *escpos.Encoder) { e.Text("a\x1bd") }, "U+001B"},
		{"size 0", func(e *escpos.Encoder) { e.Size(0, 1) }, "0x1 not in 1..8"},
		{"size 9", func(e *escpos.Encoder) { e.Size(1, 9) }, "1x9 not in 1..8"},
		{"feed", func(e *escpos.Encoder) { e.Feed(300) }, "feed 300"},
	}
	for _, tt := range tests {
		e := escpos.NewEncoder(escpos.Paper80)
		e.Init()
		tt.do(e)
		e.Line("after") // no-op after an error
		_, err := e.Bytes()
		if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.HasPrefix(err.Error(), "escpos: ") {
			t.Errorf("%s: error %v, want it to mention %q", tt.name, err, tt.want)
		}
	}
	if err := escpos.Encodable("Tämä tuloste on henkilökohtainen €"); err != nil {
		t.Errorf("Finnish text refused: %v", err)
	}
}

// SampleTicket is the reference ticket of the seed, used by the goldens here
// and in escpostest.
func sampleTicket(t testing.TB) []byte {
	e := escpos.NewEncoder(escpos.Paper80)
	e.Init()
	e.Align(escpos.AlignCenter)
	e.Line("Kutsutunniste")
	e.Size(4, 4)
	e.Bold(true)
	e.Line("R20")
	e.Size(1, 1)
	e.Bold(false)
	e.Line("Tämä tuloste on henkilökohtainen")
	e.Line("Odotusaula Lahti")
	e.Line("Käynti: Odotusaula Lahti, Veroasiat")
	e.Line("Edelläsi jonossa: 3")
	e.Line("22.11.2026 10:15")
	e.Feed(2)
	e.Cut(true)
	b, err := e.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestTicketGolden(t *testing.T) {
	got := sampleTicket(t)
	if *update {
		os.WriteFile("testdata/ticket_fi.bin", got, 0o644)
	}
	want, err := os.ReadFile("testdata/ticket_fi.bin")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("ticket bytes changed:\ngot  % X\nwant % X", got, want)
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("device gone") }

func TestPrinterWrapsWriteErrors(t *testing.T) {
	err := escpos.NewPrinter(failingWriter{}).Print([]byte{0x0A})
	if err == nil || err.Error() != "escpos: write: device gone" {
		t.Fatalf("Print = %v", err)
	}
}

func BenchmarkEncodeTicket(b *testing.B) {
	for b.Loop() {
		sampleTicket(b)
	}
}
