package escpos_test

import (
	"testing"

	"golang.org/x/text/encoding/charmap"

	"vuoro/drivers/escpos"
)

// TestCodePage858 checks the table, byte by byte, against an independent
// implementation of the code page.
func TestCodePage858(t *testing.T) {
	for c := 0x20; c < 0x100; c++ {
		if c == 0x7F {
			continue
		}
		r := charmap.CodePage858.DecodeByte(byte(c))
		if got := escpos.DecodeText([]byte{byte(c)}); got != string(r) {
			t.Errorf("DecodeText(%02X) = %q, want %q", c, got, r)
		}
		e := escpos.NewEncoder(escpos.Paper80)
		e.Text(string(r))
		if b, err := e.Bytes(); err != nil || len(b) != 1 || b[0] != byte(c) {
			t.Errorf("Text(%q) = % X, %v; want %02X", r, b, err, c)
		}
	}
}

func TestControlCharactersRefused(t *testing.T) {
	for r := rune(0); r < 0xA0; r++ {
		if r >= 0x20 && r < 0x7F || r == '\n' {
			continue
		}
		if escpos.Encodable(string(r)) == nil {
			t.Errorf("control character %U accepted", r)
		}
	}
	if err := escpos.Encodable("\n"); err != nil {
		t.Errorf("line feed refused: %v", err)
	}
}

func TestDecodeTextInvertsText(t *testing.T) {
	for _, s := range []string{"Käynti: Odotusaula Lahti, Veroasiat", "Edelläsi jonossa: 3\nÅÄÖåäö €£§½"} {
		e := escpos.NewEncoder(escpos.Paper80)
		e.Text(s)
		b, err := e.Bytes()
		if err != nil || escpos.DecodeText(b) != s {
			t.Errorf("DecodeText(Text(%q)) = %q, %v", s, escpos.DecodeText(b), err)
		}
	}
}
