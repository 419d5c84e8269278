package escpostest_test

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"vuoro/drivers/escpos"
	"vuoro/drivers/escpos/escpostest"
)

// codesReceipt is the golden ticket with barcodes, decoded.
func codesReceipt(tb testing.TB) escpostest.Receipt {
	tb.Helper()
	rs, err := escpostest.Decode(readTestdata(tb, "ticket_codes.bin"))
	if err != nil || len(rs) != 1 {
		tb.Fatalf("Decode(ticket_codes.bin) = %d receipts, %v", len(rs), err)
	}
	return rs[0]
}

func TestDecodeCodesTicket(t *testing.T) {
	r := codesReceipt(t)
	c := escpos.AlignCenter
	want := []escpostest.Line{
		line(c, run("Kutsutunniste", false, 1, 1)),
		line(c, run("R20", true, 4, 4)),
		{Align: c, Code128: &escpostest.Code128{Data: "R20", Raw: []byte("{BR20"), Height: 64, Module: 3, HRI: escpos.HRIBelow}},
		{Align: c},
		{Align: c, QR: &escpostest.QR{Data: "https://vuoro.example/lahti/R20", Module: 6, Level: escpos.QRLevelM}},
		line(c, run("Tämä tuloste on henkilökohtainen", false, 1, 1)),
		{Align: escpos.AlignLeft, Code128: &escpostest.Code128{Data: "VUORO-12345678", Raw: []byte("{BVUORO-{C\x0c\x22\x38\x4e"), Height: 48, Module: 2, HRI: escpos.HRIBoth}},
		{}, {}, {},
	}
	if !reflect.DeepEqual(r.Lines, want) {
		t.Errorf("decoded\n%+v\nwant\n%+v", r.Lines, want)
	}
	const text = "Kutsutunniste\nR20\n[CODE128 \"R20\"]\n\n[QR M \"https://vuoro.example/lahti/R20\"]\n" +
		"Tämä tuloste on henkilökohtainen\n[CODE128 \"VUORO-12345678\"]\n\n\n\n"
	if got := r.Text(); got != text {
		t.Errorf("Text() = %q, want %q", got, text)
	}
}

// TestDecodeCode128 covers the code sets and codes of GS k 73 that
// package escpos does not emit.
func TestDecodeCode128(t *testing.T) {
	tests := []struct {
		raw  string
		data string
	}{
		{"{A\x00AZ_", "\x00AZ_"},                     // code set A: controls and capitals
		{"{AAB{SaC", "ABaC"},                         // shift to B for one character
		{"{BAb{C\x0c\x22{AXY", "Ab1234XY"},           // changes of set
		{"{C\x00\x63", "0099"},                       // 00 and 99
		{"{B{1A{2{3{4", "\u00f1A\u00f2\u00f3\u00f4"}, // FNC1 to FNC4 in B
		{"{A{4X", "\u00f4X"},                         // FNC4 in A
		{"{C{1\x0c", "\u00f112"},                     // FNC1 in C
		{"{Ba{{b", "a{b"},                            // '{' in B
		{"{B\x7f", "\x7f"},                           // DEL is in B
	}
	for _, tt := range tests {
		b := append([]byte{0x1D, 'k', 73, byte(len(tt.raw))}, tt.raw...)
		rs, err := escpostest.Decode(b)
		if err != nil || len(rs) != 1 || rs[0].Lines[0].Code128 == nil || rs[0].Lines[0].Code128.Data != tt.data {
			t.Errorf("Decode(GS k 73 %q) = %+v, %v; want data %q", tt.raw, rs, err, tt.data)
		}
	}
}

// TestDecodeCodes checks the settings and defaults of the barcode and QR
// commands.
func TestDecodeCodes(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want escpostest.Line
	}{
		{"barcode defaults", "\x1dkI\x03{B1", escpostest.Line{Code128: &escpostest.Code128{Data: "1", Raw: []byte("{B1"), Height: 162, Module: 3}}},
		{"GS H takes ASCII digits", "\x1dH2\x1dkI\x03{B1", escpostest.Line{Code128: &escpostest.Code128{Data: "1", Raw: []byte("{B1"), Height: 162, Module: 3, HRI: escpos.HRIBelow}}},
		{"ESC @ resets the barcode settings", "\x1dh\x10\x1dw\x06\x1dH\x01\x1b@\x1dkI\x03{B1", escpostest.Line{Code128: &escpostest.Code128{Data: "1", Raw: []byte("{B1"), Height: 162, Module: 3}}},
		{"QR defaults", "\x1d(k\x04\x001P0x\x1d(k\x03\x001Q0", escpostest.Line{QR: &escpostest.QR{Data: "x", Module: 3, Level: escpos.QRLevelL}}},
		{"QR level H, module 16", "\x1d(k\x03\x001E3\x1d(k\x03\x001C\x10\x1d(k\x04\x001P0x\x1d(k\x03\x001Q0", escpostest.Line{QR: &escpostest.QR{Data: "x", Module: 16, Level: escpos.QRLevelH}}},
		{"the stored data prints again", "\x1d(k\x04\x001P0x\x1d(k\x03\x001Q0\x1d(k\x03\x001Q0", escpostest.Line{QR: &escpostest.QR{Data: "x", Module: 3, Level: escpos.QRLevelL}}},
		{"status requests print nothing", "\x10\x04\x01\x10\x04\x04\x1da\x0e\x1dkI\x03{B1", escpostest.Line{Code128: &escpostest.Code128{Data: "1", Raw: []byte("{B1"), Height: 162, Module: 3}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs, err := escpostest.Decode([]byte(tt.in))
			if err != nil || len(rs) != 1 || !reflect.DeepEqual(rs[0].Lines[len(rs[0].Lines)-1], tt.want) {
				t.Errorf("Decode = %+v, %v\nwant last line %+v", rs, err, tt.want)
			}
		})
	}
}

func TestDecodeCodeErrors(t *testing.T) {
	tests := []struct {
		name, in string
		offset   int
		bytes    string
		want     string
	}{
		{"another barcode system", "\x1dk\x04123\x00", 0, "\x1dk\x04", "barcode system 4: the virtual printer knows only CODE128 (73)"},
		{"barcode cut short", "\x1dkI\x05{B1", 0, "\x1dkI\x05{B1", "command cut short"},
		{"no code set", "\x1dkI\x02AB", 0, "\x1dkI\x02AB", "must begin with a code set"},
		{"code set only", "\x1dkI\x02{B", 0, "\x1dkI\x02{B", "CODE128 of no characters"},
		{"lower case in A", "\x1dkI\x03{Aa", 0, "\x1dkI\x03{Aa", "CODE128 byte 2: 0x61 is not a character of code set A"},
		{"100 in C", "\x1dkI\x03{Cd", 0, "\x1dkI\x03{Cd", "not a character of code set C"},
		{"control in B", "\x1dkI\x03{B\x01", 0, "\x1dkI\x03{B\x01", "code set B"},
		{"lone brace", "\x1dkI\x03{B{", 0, "\x1dkI\x03{B{", "send '{' as {{"},
		{"unknown code", "\x1dkI\x04{B{Z", 0, "\x1dkI\x04{B{Z", "{Z in code set B"},
		{"the set in use", "\x1dkI\x04{B{B", 0, "\x1dkI\x04{B{B", "{B in code set B"},
		{"shift in C", "\x1dkI\x05{C{S\x01", 0, "\x1dkI\x05{C{S\x01", "{S in code set C"},
		{"ends in a shift", "\x1dkI\x05{BA{S", 0, "\x1dkI\x05{BA{S", "ends in a shift"},
		{"barcode in mid-line", "a\x1dkI\x03{B1", 1, "\x1dkI\x03{B1", "GS k in mid-line"},
		{"barcode height 0", "\x1dh\x00", 0, "\x1dh\x00", "barcode height 0"},
		{"barcode module 7", "\x1dw\x07", 0, "\x1dw\x07", "barcode module 7 dots"},
		{"barcode text 4", "\x1dH\x04", 0, "\x1dH\x04", "barcode text position"},
		{"GS ( other than k", "\x1d(A\x02\x00\x00\x00", 0, "\x1d(A", "only GS ( k"},
		{"PDF417", "\x1d(k\x03\x000C\x03", 0, "\x1d(k\x03\x000C\x03", "knows only QR codes (49)"},
		{"model 1", "\x1d(k\x04\x001A1\x00", 0, "\x1d(k\x04\x001A1\x00", "QR model 49"},
		{"module 17", "\x1d(k\x03\x001C\x11", 0, "\x1d(k\x03\x001C\x11", "QR module 17"},
		{"level byte 3", "\x1d(k\x03\x001E\x03", 0, "\x1d(k\x03\x001E\x03", "QR error correction 3: want 48..51"},
		{"level with two bytes", "\x1d(k\x04\x001E00", 0, "\x1d(k\x04\x001E00", "QR function 169 with 2 argument bytes, want 1"},
		{"store no data", "\x1d(k\x03\x001P0", 0, "\x1d(k\x03\x001P0", "QR store"},
		{"print nothing stored", "\x1d(k\x03\x001Q0", 0, "\x1d(k\x03\x001Q0", "no data stored"},
		{"print in mid-line", "\x1d(k\x04\x001P0x" + "a\x1d(k\x03\x001Q0", 10, "\x1d(k\x03\x001Q0", "QR print in mid-line"},
		{"QR size info", "\x1d(k\x03\x001R0", 0, "\x1d(k\x03\x001R0", "QR function 182"},
		{"QR cut short", "\x1d(k\x06\x001P0ab", 0, "\x1d(k\x06\x001P0ab", "command cut short"},
		{"DLE EOT 5", "\x10\x04\x05", 0, "\x10\x04\x05", "DLE EOT 5: the virtual printer answers 1 to 4"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := escpostest.Decode([]byte(tt.in))
			var de *escpostest.DecodeError
			if !errors.As(err, &de) || de.Offset != tt.offset || string(de.Bytes) != tt.bytes || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Decode(% X) = %v; want an error at offset %d on % X saying %q", tt.in, err, tt.offset, tt.bytes, tt.want)
			}
		})
	}
}

// TestDecodeCodesRoundTrip encodes barcodes and QR codes with package
// escpos and decodes them back.
func TestDecodeCodesRoundTrip(t *testing.T) {
	datas := []string{"R19", "12345678", "1234567", "AB123456CD", "a{b}", "{", " ~", "VUORO-12345678", "R12345"}
	for _, data := range datas {
		for _, o := range []escpos.Code128Options{{}, {Height: 1, Module: 2, HRI: escpos.HRIAbove}, {Height: 255, Module: 2, HRI: escpos.HRIBoth}} {
			e := escpos.NewEncoder(escpos.Paper80)
			e.Code128(data, o)
			b, err := e.Bytes()
			if err != nil {
				t.Fatal(err)
			}
			rs, err := escpostest.Decode(b)
			c := rs[0].Lines[0].Code128
			if err != nil || c == nil || c.Data != data || c.Height != max(o.Height, 80*boolInt(o.Height == 0)) || c.HRI != o.HRI {
				t.Errorf("Code128(%q, %+v) decoded to %+v, %v", data, o, c, err)
			}
		}
	}
	for _, l := range []escpos.QRLevel{escpos.QRLevelL, escpos.QRLevelM, escpos.QRLevelQ, escpos.QRLevelH} {
		data := "Kutsu R19 – ÅÄÖ\n" + strings.Repeat("x", 200)
		e := escpos.NewEncoder(escpos.Paper80)
		e.QR(data, escpos.QROptions{Module: 2, Level: l})
		b, err := e.Bytes()
		if err != nil {
			t.Fatal(err)
		}
		rs, err := escpostest.Decode(b)
		want := &escpostest.QR{Data: data, Module: 2, Level: l}
		if err != nil || !reflect.DeepEqual(rs[0].Lines[0].QR, want) {
			t.Errorf("QR level %v decoded to %+v, %v", l, rs[0].Lines[0].QR, err)
		}
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
