package escpostest_test

import (
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"testing"

	"github.com/makiuchi-d/gozxing"
	"github.com/makiuchi-d/gozxing/oned"
	"github.com/makiuchi-d/gozxing/qrcode"

	"vuoro/drivers/escpos"
	"vuoro/drivers/escpos/escpostest"
	"vuoro/shared/golden"
)

func TestRenderCodesGolden(t *testing.T) {
	for _, p := range []escpos.Paper{escpos.Paper80, escpos.Paper58} {
		name := fmt.Sprintf("ticket_codes_%d.png", int(p))
		t.Run(name, func(t *testing.T) {
			golden.PNG(t, name, escpostest.Render(codesReceipt(t), p))
		})
	}
}

// TestRenderedCodesScan reads the barcodes and the QR code of the
// rendered golden ticket back with an independent decoder.
func TestRenderedCodesScan(t *testing.T) {
	for _, p := range []escpos.Paper{escpos.Paper80, escpos.Paper58} {
		r := codesReceipt(t)
		img := escpostest.Render(r, p)
		y := 16 // the top margin
		for _, l := range r.Lines {
			h := escpostest.Render(escpostest.Receipt{Lines: []escpostest.Line{l}}, p).Bounds().Dy() - 32
			part := img.SubImage(image.Rect(0, y, p.Dots(), y+h))
			y += h
			switch {
			case l.Code128 != nil:
				if got := scanCode128(t, part); got != l.Code128.Data {
					t.Errorf("%v: CODE128 reads %q, want %q", p, got, l.Code128.Data)
				}
			case l.QR != nil:
				if got := scanQR(t, part); got != l.QR.Data {
					t.Errorf("%v: QR reads %q, want %q", p, got, l.QR.Data)
				}
			}
		}
	}
}

// TestScanCodesEverywhere renders many codes and reads them back.
func TestScanCodesEverywhere(t *testing.T) {
	datas := []string{"R19", "A1", "12345678", "1234567", "AB123456CD", "a{b}", "VUORO-12345678", "R12345", "~!#&/()=?"}
	for _, data := range datas {
		for _, module := range []int{2, 3} {
			e := escpos.NewEncoder(escpos.Paper80)
			e.Code128(data, escpos.Code128Options{Module: module, Height: 40})
			if got := scanCode128(t, render(t, e)); got != data {
				t.Errorf("CODE128 %q, module %d, reads %q", data, module, got)
			}
		}
	}
	for _, data := range []string{"R19", "0123456789", "HTTPS://VUORO.EXAMPLE/R19", "Kutsutunniste R19: Tämä tuloste on henkilökohtainen"} {
		for _, l := range []escpos.QRLevel{escpos.QRLevelL, escpos.QRLevelM, escpos.QRLevelQ, escpos.QRLevelH} {
			e := escpos.NewEncoder(escpos.Paper80)
			e.QR(data, escpos.QROptions{Module: 3, Level: l})
			if got := scanQR(t, render(t, e)); got != data {
				t.Errorf("QR %q, level %v, reads %q", data, l, got)
			}
		}
	}
}

func render(t *testing.T, e *escpos.Encoder) image.Image {
	t.Helper()
	b, err := e.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	rs, err := escpostest.Decode(b)
	if err != nil || len(rs) != 1 {
		t.Fatalf("Decode = %+v, %v", rs, err)
	}
	return escpostest.Render(rs[0], escpos.Paper80)
}

// quiet puts img on white paper with a margin all round, as the paper
// beyond the printable width and the paper fed after it give a scanner.
func quiet(img image.Image) *image.Gray {
	b := img.Bounds()
	out := image.NewGray(image.Rect(0, 0, b.Dx()+80, b.Dy()+80))
	draw.Draw(out, out.Bounds(), image.NewUniform(color.White), image.Point{}, draw.Src)
	draw.Draw(out, b.Sub(b.Min).Add(image.Pt(40, 40)), img, b.Min, draw.Src)
	return out
}

func scanCode128(t *testing.T, img image.Image) string {
	t.Helper()
	bmp, err := gozxing.NewBinaryBitmapFromImage(quiet(img))
	if err != nil {
		t.Fatal(err)
	}
	res, err := oned.NewCode128Reader().Decode(bmp, map[gozxing.DecodeHintType]any{gozxing.DecodeHintType_TRY_HARDER: true})
	if err != nil {
		return "error: " + err.Error()
	}
	return res.GetText()
}

// scanQR reads the QR code in img.
func scanQR(t *testing.T, img image.Image) string {
	t.Helper()
	bmp, err := gozxing.NewBinaryBitmapFromImage(quiet(img))
	if err != nil {
		t.Fatal(err)
	}
	res, err := qrcode.NewQRCodeReader().Decode(bmp, map[gozxing.DecodeHintType]any{gozxing.DecodeHintType_PURE_BARCODE: false})
	if err != nil {
		return "error: " + err.Error()
	}
	return res.GetText()
}
