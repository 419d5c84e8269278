package escpos_test

import (
	"testing"

	"vuoro/drivers/escpos"
	"vuoro/shared/golden"
)

// sampleTicket is the reference Finnish queue ticket; its bytes are the
// golden testdata/ticket_fi.bin, which package escpostest decodes and
// renders too.
func sampleTicket(tb testing.TB) []byte {
	tb.Helper()
	e := escpos.NewEncoder(escpos.Paper80)
	e.Init()
	e.Align(escpos.AlignCenter)
	e.Line("Kutsutunniste")
	e.Bold(true)
	e.Size(4, 4)
	e.Line("R20")
	e.Size(1, 1)
	e.Bold(false)
	e.Line("Tämä tuloste on henkilökohtainen")
	e.Line("Odotusaula Lahti")
	e.Line("Käynti: Odotusaula Lahti, Veroasiat")
	e.Line("Edelläsi jonossa: 3")
	e.Line("22.11.2026 10:15")
	e.Feed(3)
	e.Cut(true)
	b, err := e.Bytes()
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// codesTicket is a ticket with a CODE128 barcode and a QR code; its bytes
// are the golden testdata/ticket_codes.bin, which package escpostest
// decodes, renders and scans back.
func codesTicket(tb testing.TB) []byte {
	tb.Helper()
	e := escpos.NewEncoder(escpos.Paper58)
	e.Init()
	e.Align(escpos.AlignCenter)
	e.Line("Kutsutunniste")
	e.Bold(true)
	e.Size(4, 4)
	e.Line("R20")
	e.Size(1, 1)
	e.Bold(false)
	e.Code128("R20", escpos.Code128Options{Height: 64, Module: 3, HRI: escpos.HRIBelow})
	e.Feed(1)
	e.QR("https://vuoro.example/lahti/R20", escpos.QROptions{Module: 6, Level: escpos.QRLevelM})
	e.Line("Tämä tuloste on henkilökohtainen")
	e.Align(escpos.AlignLeft)
	e.Code128("VUORO-12345678", escpos.Code128Options{Height: 48, Module: 2, HRI: escpos.HRIBoth})
	e.Feed(3)
	e.Cut(true)
	b, err := e.Bytes()
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

func TestTicketGolden(t *testing.T) {
	golden.Bytes(t, "ticket_fi.bin", sampleTicket(t))
	golden.Bytes(t, "ticket_codes.bin", codesTicket(t))
}

func BenchmarkEncodeTicket(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sampleTicket(b)
	}
}

func BenchmarkEncodeTicketWithCodes(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		codesTicket(b)
	}
}
