package escpostest_test

import (
	"bytes"
	"flag"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"vuoro/drivers/escpos"
	"vuoro/drivers/escpos/escpostest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func golden(t testing.TB) []byte {
	b, err := os.ReadFile("../testdata/ticket_fi.bin")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestDecodeTicket(t *testing.T) {
	rs, err := escpostest.Decode(golden(t))
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) != 1 || rs[0].Uncut || !rs[0].Partial {
		t.Fatalf("receipts = %+v", rs)
	}
	r := rs[0]
	want := "Kutsutunniste\nR20\nTämä tuloste on henkilökohtainen\nOdotusaula Lahti\nKäynti: Odotusaula Lahti, Veroasiat\nEdelläsi jonossa: 3\n22.11.2026 10:15\n\n\n"
	if r.Text() != want {
		t.Errorf("text = %q\nwant   %q", r.Text(), want)
	}
	big := r.Lines[1]
	if big.Align != escpos.AlignCenter || len(big.Runs) != 1 || big.Runs[0] != (escpostest.Run{Text: "R20", Bold: true, Width: 4, Height: 4}) {
		t.Errorf("call id line = %+v", big)
	}
}

func TestDecodeRejectsUnknownCommands(t *testing.T) {
	tests := map[string][]byte{
		"unknown ESC":        {0x1B, 'Z', 1},
		"control byte":       {'a', 0x07},
		"truncated":          {0x1D, '!'},
		"other code page":    {0x1B, 't', 0},
		"unknown cut mode":   {0x1D, 'V', 9, 0},
		"trailing ESC alone": {'a', 0x1B},
	}
	for name, b := range tests {
		if _, err := escpostest.Decode(b); err == nil || !strings.Contains(err.Error(), "offset") {
			t.Errorf("%s: Decode(% X) = %v, want an error naming the offset", name, b, err)
		}
	}
}

func TestRenderGolden(t *testing.T) {
	rs, _ := escpostest.Decode(golden(t))
	img, err := escpostest.Render(rs[0], escpos.Paper80)
	if err != nil {
		t.Fatal(err)
	}
	if img.Bounds().Dx() != 576 {
		t.Fatalf("width %d, want 576 dots for 80 mm", img.Bounds().Dx())
	}
	// The 4x4 call id (3 characters, 96 dots high) must carry about 16 times
	// the ink per character of the normal line below it (32 characters).
	big, small := ink(img, 16+24, 16+24+96)/3, ink(img, 16+24+96, 16+24+96+24)/32
	if big < 8*small {
		t.Errorf("call id has %d dark dots a character, a normal line %d: size not applied", big, small)
	}
	var buf bytes.Buffer
	png.Encode(&buf, img)
	path := filepath.Join("testdata", "ticket_fi.png")
	if *update {
		os.WriteFile(path, buf.Bytes(), 0o644)
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		os.MkdirAll("testdata/failed", 0o755)
		os.WriteFile("testdata/failed/ticket_fi.png", buf.Bytes(), 0o644)
		t.Error("rendered ticket differs from testdata/ticket_fi.png; see testdata/failed/")
	}
}

func ink(img *image.Gray, y0, y1 int) int {
	n := 0
	for y := y0; y < y1; y++ {
		for x := range img.Bounds().Dx() {
			if img.GrayAt(x, y).Y < 128 {
				n++
			}
		}
	}
	return n
}

func TestVirtualWritesEachCutTicket(t *testing.T) {
	dir := t.TempDir()
	v, err := escpostest.NewVirtual(dir, escpos.Paper80)
	if err != nil {
		t.Fatal(err)
	}
	p := escpos.NewPrinter(v)
	tk := golden(t)
	// A ticket split across writes, as a serial port delivers it.
	if err := p.Print(tk[:10]); err != nil {
		t.Fatal(err)
	}
	if len(v.Paths()) != 0 {
		t.Fatal("a ticket was written before its cut")
	}
	p.Print(tk[10:])
	p.Print(tk)
	if got := v.Paths(); len(got) != 2 || filepath.Base(got[1]) != "ticket-0002.png" {
		t.Fatalf("paths = %v", got)
	}
	txt, _ := os.ReadFile(filepath.Join(dir, "ticket-0001.txt"))
	if !strings.Contains(string(txt), "R20") {
		t.Fatalf("decoded text = %q", txt)
	}
	v2, _ := escpostest.NewVirtual(dir, escpos.Paper80)
	escpos.NewPrinter(v2).Print(tk)
	if got := v2.Paths(); len(got) != 1 || filepath.Base(got[0]) != "ticket-0003.png" {
		t.Fatalf("a restarted printer wrote %v; it must not overwrite earlier tickets", got)
	}
	if _, err := v2.Write([]byte{0x1B, 'Z'}); err == nil {
		t.Fatal("garbage accepted")
	}
}

func FuzzDecode(f *testing.F) {
	f.Add(golden(f))
	f.Add([]byte{0x1B, '@', 0x1D, '!', 0xFF, 'x', 0x0A})
	f.Fuzz(func(t *testing.T, b []byte) {
		rs, err := escpostest.Decode(b)
		if err != nil {
			return
		}
		for _, r := range rs {
			if _, err := escpostest.Render(r, escpos.Paper58); err != nil {
				t.Fatal(err)
			}
		}
	})
}

func BenchmarkRenderTicket(b *testing.B) {
	rs, _ := escpostest.Decode(golden(b))
	for b.Loop() {
		escpostest.Render(rs[0], escpos.Paper80)
	}
}
