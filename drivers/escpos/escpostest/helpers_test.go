package escpostest_test

import (
	"image"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"vuoro/drivers/escpos"
	"vuoro/drivers/escpos/escpostest"
)

// goldenTicket returns the sample Finnish ticket, the encoder's golden.
func goldenTicket(tb testing.TB) []byte {
	tb.Helper()
	return readTestdata(tb, "ticket_fi.bin")
}

// readTestdata reads a golden of package escpos.
func readTestdata(tb testing.TB, name string) []byte {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", name))
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// sampleReceipt is the sample ticket decoded.
func sampleReceipt(tb testing.TB) escpostest.Receipt {
	tb.Helper()
	rs, err := escpostest.Decode(goldenTicket(tb))
	if err != nil || len(rs) != 1 {
		tb.Fatalf("Decode(golden) = %d receipts, %v", len(rs), err)
	}
	return rs[0]
}

// encode prints the receipts with package escpos, a run at a time.
func encode(tb testing.TB, rs ...escpostest.Receipt) []byte {
	tb.Helper()
	e := escpos.NewEncoder(escpos.Paper80)
	e.Init()
	for _, r := range rs {
		for _, l := range r.Lines {
			e.Align(l.Align)
			for _, run := range l.Runs {
				e.Bold(run.Bold)
				e.Size(run.Width, run.Height)
				e.Text(run.Text)
			}
			e.Line("")
		}
		if r.Cut != escpostest.Uncut {
			e.Cut(r.Cut == escpostest.PartialCut)
		}
	}
	b, err := e.Bytes()
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

func readPNG(path string) (image.Image, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return png.Decode(f)
}

func samePixels(a *image.Gray, b image.Image) bool {
	if a.Bounds() != b.Bounds() {
		return false
	}
	for y := a.Rect.Min.Y; y < a.Rect.Max.Y; y++ {
		for x := a.Rect.Min.X; x < a.Rect.Max.X; x++ {
			if r, _, _, _ := b.At(x, y).RGBA(); uint8(r>>8) != a.GrayAt(x, y).Y {
				return false
			}
		}
	}
	return true
}

// ink counts the dark dots of img inside r.
func ink(img *image.Gray, r image.Rectangle) int {
	n := 0
	r = r.Intersect(img.Bounds())
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if img.GrayAt(x, y).Y < 0x80 {
				n++
			}
		}
	}
	return n
}
