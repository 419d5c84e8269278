package ticket_test

import (
	"errors"
	"image"
	"image/color"
	"image/draw"
	"strings"
	"testing"

	"github.com/makiuchi-d/gozxing"
	"github.com/makiuchi-d/gozxing/oned"
	"github.com/makiuchi-d/gozxing/qrcode"

	"vuoro/drivers/escpos"
	"vuoro/drivers/escpos/escpostest"
	"vuoro/kiosk/ticket"
	"vuoro/shared/golden"
	"vuoro/shared/i18n"
)

// TestGoldenRenders renders the byte goldens as the printer prints them,
// compares them with the PNG goldens, and reads the call id's barcode
// back with an independent decoder.
func TestGoldenRenders(t *testing.T) {
	for _, g := range goldens {
		for _, paper := range []escpos.Paper{escpos.Paper80, escpos.Paper58} {
			name := "ticket-" + string(g.lang) + "-" + strings.TrimSuffix(paper.String(), " mm") + ".png"
			t.Run(name, func(t *testing.T) {
				b, err := ticket.Compose(info(g.lang, g.service), paper)
				if err != nil {
					t.Fatal(err)
				}
				rs, err := escpostest.Decode(b)
				if err != nil || len(rs) != 1 {
					t.Fatalf("Decode = %d receipts, %v", len(rs), err)
				}
				img := escpostest.Render(rs[0], paper)
				golden.PNG(t, name, img)
				if got := scanCode128(t, img); got != "R19" {
					t.Errorf("the barcode reads %q, want R19", got)
				}
				if got := scanQR(t, img); got != followLink {
					t.Errorf("the QR code reads %q, want %s", got, followLink)
				}
			})
		}
	}
}

// TestLongCallIDsGoWithoutBarcode: a call id too wide for the paper, or
// not ASCII, prints without a barcode; one that fits only with narrower
// bars gets them.
func TestLongCallIDsGoWithoutBarcode(t *testing.T) {
	tests := []struct {
		id   string
		code bool
	}{
		{"R19", true},
		{"VERO-123", true},            // 3-dot modules fit 58 mm
		{"VEROHALLINTO-1", true},      // only 2-dot modules fit
		{"VEROHALLINTO-LAHTI", false}, // nothing fits
		{"Ä19", false},
	}
	for _, tt := range tests {
		in := info(i18n.FI, "Veroasiat")
		in.Ticket.CallID = tt.id
		b, err := ticket.Compose(in, escpos.Paper58)
		if err != nil {
			t.Fatalf("%s: %v", tt.id, err)
		}
		rs, err := escpostest.Decode(b)
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Contains(rs[0].Text(), "[CODE128"); got != tt.code {
			t.Errorf("%s: barcode %v, want %v:\n%s", tt.id, got, tt.code, rs[0].Text())
		}
	}
}

// TestPrinterNotReady: a ticket the printer cannot print is an error that
// tells why, so the kiosk keeps the number on the screen.
func TestPrinterNotReady(t *testing.T) {
	v, err := escpostest.NewVirtual(t.TempDir(), escpos.Paper80)
	if err != nil {
		t.Fatal(err)
	}
	p := ticket.NewPrinter(v, escpos.Paper80)
	v.SetPaperOut(true)
	err = p.PrintTicket(info(i18n.FI, "Veroasiat"))
	if !errors.Is(err, escpos.ErrPaperOut) || !strings.HasPrefix(err.Error(), "ticket: print R19: escpos: ") {
		t.Fatalf("PrintTicket with paper out = %v", err)
	}
	v.SetPaperOut(false)
	v.SetCoverOpen(true)
	if err := p.PrintTicket(info(i18n.FI, "Veroasiat")); !errors.Is(err, escpos.ErrCoverOpen) {
		t.Fatalf("PrintTicket with the cover open = %v", err)
	}
	v.SetCoverOpen(false)
	v.SetPaperNearEnd(true)
	if err := p.PrintTicket(info(i18n.FI, "Veroasiat")); err != nil {
		t.Fatalf("PrintTicket with paper near end = %v", err)
	}
	if len(v.Paths()) != 1 {
		t.Errorf("printed %v, want one ticket", v.Paths())
	}
}

// scanCode128 reads the CODE128 barcode in img.
func scanCode128(t *testing.T, img image.Image) string {
	return scan(t, img, oned.NewCode128Reader())
}

// scanQR reads the QR code in img, as a phone's camera would.
func scanQR(t *testing.T, img image.Image) string { return scan(t, img, qrcode.NewQRCodeReader()) }

// scan reads the code in img, on white paper, with r.
func scan(t *testing.T, img image.Image, r gozxing.Reader) string {
	t.Helper()
	b := img.Bounds()
	paper := image.NewGray(image.Rect(0, 0, b.Dx()+80, b.Dy()+80))
	draw.Draw(paper, paper.Bounds(), image.NewUniform(color.White), image.Point{}, draw.Src)
	draw.Draw(paper, b.Add(image.Pt(40, 40)), img, b.Min, draw.Src)
	bmp, err := gozxing.NewBinaryBitmapFromImage(paper)
	if err != nil {
		t.Fatal(err)
	}
	res, err := r.Decode(bmp, map[gozxing.DecodeHintType]any{gozxing.DecodeHintType_TRY_HARDER: true})
	if err != nil {
		return "error: " + err.Error()
	}
	return res.GetText()
}

func BenchmarkComposeAndRender(b *testing.B) {
	in := info(i18n.FI, "Veroasiat")
	b.ReportAllocs()
	for b.Loop() {
		t, err := ticket.Compose(in, escpos.Paper80)
		if err != nil {
			b.Fatal(err)
		}
		rs, err := escpostest.Decode(t)
		if err != nil {
			b.Fatal(err)
		}
		escpostest.Render(rs[0], escpos.Paper80)
	}
}
