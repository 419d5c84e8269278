package escpos_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/boombuler/barcode/qr"

	"vuoro/drivers/escpos"
)

func TestQRBytes(t *testing.T) {
	e := escpos.NewEncoder(escpos.Paper80)
	e.QR("R19", escpos.QROptions{})
	want := []byte{
		0x1D, '(', 'k', 4, 0, 49, 65, 50, 0, // model 2
		0x1D, '(', 'k', 3, 0, 49, 67, 6, // module 6 dots
		0x1D, '(', 'k', 3, 0, 49, 69, 49, // level M
		0x1D, '(', 'k', 6, 0, 49, 80, 48, 'R', '1', '9', // store: pL pH = 3 + 3
		0x1D, '(', 'k', 3, 0, 49, 81, 48, // print
	}
	if got, err := e.Bytes(); err != nil || !bytes.Equal(got, want) {
		t.Errorf("QR(R19) = % X, %v\nwant % X", got, err, want)
	}
}

// TestQRLevelBytes: function 169 takes 48 to 51, not 0 to 3 or '0'+1.
func TestQRLevelBytes(t *testing.T) {
	for l, want := range map[escpos.QRLevel]byte{escpos.QRLevelL: 48, escpos.QRLevelM: 49, escpos.QRLevelQ: 50, escpos.QRLevelH: 51} {
		e := escpos.NewEncoder(escpos.Paper80)
		e.QR("x", escpos.QROptions{Level: l})
		b, err := e.Bytes()
		if i := bytes.Index(b, []byte{49, 69}); err != nil || i < 0 || b[i+2] != want {
			t.Errorf("level %v: % X, %v; want %d after 31 45", l, b, err, want)
		}
		if back, ok := escpos.QRLevelOf(want); !ok || back != l {
			t.Errorf("QRLevelOf(%d) = %v, %v", want, back, ok)
		}
	}
	if _, ok := escpos.QRLevelOf(52); ok {
		t.Error("QRLevelOf(52) accepted")
	}
}

// TestQRStoreLength: pL pH of function 180 is the data's length plus 3,
// low byte first.
func TestQRStoreLength(t *testing.T) {
	for _, n := range []int{1, 252, 253, 300, 1273} {
		e := escpos.NewEncoder(escpos.Paper80)
		data := strings.Repeat("a", n)
		e.QR(data, escpos.QROptions{Module: 1, Level: escpos.QRLevelH})
		b, err := e.Bytes()
		i := bytes.Index(b, []byte{49, 80, 48})
		if err != nil || i < 2 {
			t.Fatalf("%d bytes: % X, %v", n, b, err)
		}
		if got := int(b[i-2]) | int(b[i-1])<<8; got != n+3 {
			t.Errorf("%d bytes: pL pH = %d, want %d", n, got, n+3)
		}
		if string(b[i+3:i+3+n]) != data {
			t.Errorf("%d bytes: the data is not stored whole", n)
		}
	}
}

func TestQRErrors(t *testing.T) {
	tests := []struct {
		name string
		do   func(e *escpos.Encoder)
		want string
	}{
		{"empty", func(e *escpos.Encoder) { e.QR("", escpos.QROptions{}) }, "escpos: QR code of no data"},
		{"too much for M", func(e *escpos.Encoder) { e.QR(strings.Repeat("a", 2332), escpos.QROptions{Module: 1}) }, "escpos: QR data of 2332 bytes: level M holds 2331 at most"},
		{"too much for H", func(e *escpos.Encoder) {
			e.QR(strings.Repeat("a", 1274), escpos.QROptions{Module: 1, Level: escpos.QRLevelH})
		}, "level H holds 1273 at most"},
		{"too wide", func(e *escpos.Encoder) { e.QR(strings.Repeat("a", 200), escpos.QROptions{Module: 8}) }, "escpos: QR of 200 bytes at level M is version 10, 456 dots wide at 8 dots a module: the 58 mm paper has 384"},
		{"module 17", func(e *escpos.Encoder) { e.QR("a", escpos.QROptions{Module: 17}) }, "escpos: QR module 17 dots: want 1..16"},
		{"module -1", func(e *escpos.Encoder) { e.QR("a", escpos.QROptions{Module: -1}) }, "module -1"},
		{"level", func(e *escpos.Encoder) { e.QR("a", escpos.QROptions{Level: 5}) }, "escpos: QR error correction level 5"},
		{"mid-line", func(e *escpos.Encoder) { e.Text("a"); e.QR("a", escpos.QROptions{}) }, "escpos: QR code in mid-line"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := escpos.NewEncoder(escpos.Paper58)
			tt.do(e)
			if _, err := e.Bytes(); err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Bytes() error %v, want %q", err, tt.want)
			}
		})
	}
}

// TestQRVersionAgreesWithAnEncoder checks the capacity table against an
// independent QR encoder at the versions where the character count grows
// a byte and at the ends: the largest data of a version fits it, and one
// byte more takes the next.
func TestQRVersionAgreesWithAnEncoder(t *testing.T) {
	levels := map[escpos.QRLevel]qr.ErrorCorrectionLevel{escpos.QRLevelL: qr.L, escpos.QRLevelM: qr.M, escpos.QRLevelQ: qr.Q, escpos.QRLevelH: qr.H}
	for l, ql := range levels {
		for _, v := range []int{1, 2, 9, 10, 26, 27, 40} {
			n := largest(t, l, v)
			checkVersion(t, ql, n, v)
			if v < 40 {
				checkVersion(t, ql, n+1, v+1)
			} else if _, err := escpos.QRVersion(strings.Repeat("a", n+1), l); err == nil {
				t.Errorf("level %v: %d bytes accepted", l, n+1)
			}
		}
	}
}

// largest returns the most bytes QRVersion puts in version v at level l.
func largest(t *testing.T, l escpos.QRLevel, v int) int {
	n := 0
	for k := 2048; k > 0; k /= 2 {
		if got, err := escpos.QRVersion(strings.Repeat("a", n+k), l); err == nil && got <= v {
			n += k
		}
	}
	if got, _ := escpos.QRVersion(strings.Repeat("a", n), l); got != v {
		t.Fatalf("level %v: no data is version %d", l, v)
	}
	return n
}

func checkVersion(t *testing.T, l qr.ErrorCorrectionLevel, n, v int) {
	t.Helper()
	c, err := qr.Encode(strings.Repeat("a", n), l, qr.Unicode)
	if err != nil || (c.Bounds().Dx()-17)/4 != v {
		t.Errorf("level %v: %d bytes encode to %v, %v; QRVersion says version %d", l, n, c.Bounds(), err, v)
	}
}

func ExampleEncoder_QR() {
	e := escpos.NewEncoder(escpos.Paper80)
	e.Align(escpos.AlignCenter)
	e.QR("R19", escpos.QROptions{Module: 4, Level: escpos.QRLevelQ})
	e.Code128("R19", escpos.Code128Options{Height: 48, HRI: escpos.HRIBelow})
	b, err := e.Bytes()
	fmt.Printf("% X %v\n", b, err)
	// Output: 1B 61 01 1D 28 6B 04 00 31 41 32 00 1D 28 6B 03 00 31 43 04 1D 28 6B 03 00 31 45 32 1D 28 6B 06 00 31 50 30 52 31 39 1D 28 6B 03 00 31 51 30 1D 48 02 1D 68 30 1D 77 03 1D 6B 49 05 7B 42 52 31 39 <nil>
}
