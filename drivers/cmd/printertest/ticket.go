package main

import (
	"fmt"
	"time"

	"vuoro/drivers/escpos"
	"vuoro/drivers/printer"
)

// The test ticket's barcode and QR code.
const (
	testCode = "VUORO-12345678"
	testQR   = "https://vuoro.example/testi"
)

// testTicket is a ticket that shows whether the printer prints what the
// kiosk needs: the code page's letters, the character sizes, emphasis,
// alignment, a CODE128 barcode, a QR code and the cut.
func testTicket(spec printer.Spec, paper escpos.Paper, at time.Time) ([]byte, error) {
	e := escpos.NewEncoder(paper)
	e.Init()
	e.Align(escpos.AlignCenter)
	e.Bold(true)
	e.Size(2, 2)
	e.Line("VUORO")
	e.Size(1, 1)
	e.Line("Tulostimen testi / Printer test")
	e.Bold(false)
	e.Line(spec.String())
	e.Line(at.Format("2.1.2006 15:04:05"))
	e.Feed(1)
	e.Align(escpos.AlignLeft)
	e.Line("Ääkköset: ÅÄÖ åäö É é ü € £ § ½")
	e.Line("Svenska: Könummer, Besök, Före")
	for s := 1; s <= 4; s++ {
		e.Size(s, s)
		e.Line(fmt.Sprintf("Koko %dx%d", s, s))
	}
	e.Size(1, 1)
	e.Bold(true)
	e.Line("Lihavoitu / bold")
	e.Bold(false)
	e.Line("Vasen / left")
	e.Align(escpos.AlignCenter)
	e.Line("Keski / center")
	e.Align(escpos.AlignRight)
	e.Line("Oikea / right")
	e.Align(escpos.AlignCenter)
	e.Feed(1)
	e.Code128(testCode, escpos.Code128Options{Height: 64, Module: 2, HRI: escpos.HRIBelow})
	e.Feed(1)
	e.QR(testQR, escpos.QROptions{Module: 6, Level: escpos.QRLevelM})
	e.Feed(1)
	e.Line("Jos luet tämän,")
	e.Line("tulostin toimii.")
	e.Line("If you read this,")
	e.Line("the printer works.")
	e.Feed(3)
	e.Cut(true)
	return e.Bytes()
}
