package ui

import (
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"vuoro/kiosk/flow"
	"vuoro/shared/qrimg/qrimgtest"
)

// A start screen that offers the phone shows a QR code that reads back as
// the join address, under the words; VUORO_SCREENSHOTS=dir keeps a PNG.
func TestPrinterOutShowsThePhonesQRCode(t *testing.T) {
	const join = "https://vuoro.lahti.example/join/Xq3k9LmP0aZt"
	test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(1280, 800))
	NewView(w, func(flow.Action) {}).Render(flow.State{Screen: flow.ScreenStart, Title: "Tulostin ei toimi",
		Error: "Vuoronumeroita ei voi nyt ottaa. Käänny neuvonnan puoleen.",
		Lines: []string{"Voit ottaa vuoronumeron puhelimellasi: skannaa koodi."}, QR: join})
	img := w.Canvas().Capture()
	if dir := os.Getenv("VUORO_SCREENSHOTS"); dir != "" {
		if f, err := os.Create(filepath.Join(dir, "printer_out_phone_fi.png")); err == nil {
			png.Encode(f, img)
			f.Close()
		}
	}
	if got := qrimgtest.Read(t, img); got != join {
		t.Fatalf("the screen's QR code reads %q, want %q", got, join)
	}
}
