package escpostest

import (
	"errors"
	"fmt"

	"vuoro/drivers/escpos"
)

// barText sets where a barcode's text is printed (GS H n, 0..3 or '0'..'3').
func (d *decoder) barText(n byte) error {
	if n >= '0' {
		n -= '0'
	}
	if n > byte(escpos.HRIBoth) {
		return errors.New("barcode text position not 0..3")
	}
	d.bar.hri = escpos.HRI(n)
	return nil
}

// barHeight sets the barcode height in dots (GS h n, 1..255).
func (d *decoder) barHeight(n byte) error {
	if n == 0 {
		return errors.New("barcode height 0")
	}
	d.bar.height = int(n)
	return nil
}

// barModule sets the barcode module width in dots (GS w n, 2..6).
func (d *decoder) barModule(n byte) error {
	if n < 2 || n > 6 {
		return fmt.Errorf("barcode module %d dots: want 2..6", n)
	}
	d.bar.module = int(n)
	return nil
}

// barcode prints a barcode (GS k m n d1...dn). The virtual printer knows
// only CODE128, m = 73.
func (d *decoder) barcode(args []byte) (int, error) {
	if len(args) < 2 {
		return 0, ErrShort
	}
	m, n := args[0], 2+int(args[1])
	if m != 73 {
		return 1, fmt.Errorf("barcode system %d: the virtual printer knows only CODE128 (73)", m)
	}
	if len(args) < n {
		return 0, ErrShort
	}
	if err := d.atLineStart("GS k", "is not printed"); err != nil {
		return n, err
	}
	raw := append([]byte(nil), args[2:n]...)
	_, data, err := code128(raw)
	if err != nil {
		return n, err
	}
	c := &Code128{Data: data, Raw: raw, Height: d.bar.height, Module: d.bar.module, HRI: d.bar.hri}
	d.rec.Lines = append(d.rec.Lines, Line{Align: d.align, Code128: c})
	return n, nil
}

// twoD decodes GS ( k pL pH cn fn ...: of the 2D codes, the functions of
// QR codes (cn = 49) that package escpos emits.
func (d *decoder) twoD(args []byte) (int, error) {
	if len(args) < 1 {
		return 0, ErrShort
	}
	if args[0] != 'k' {
		return 1, fmt.Errorf("GS ( %q: the virtual printer knows only GS ( k", args[0])
	}
	if len(args) < 3 {
		return 0, ErrShort
	}
	n := 3 + int(args[1]) + int(args[2])<<8
	if len(args) < n {
		return 0, ErrShort
	}
	p := args[3:n] // cn fn and the function's arguments
	if len(p) < 2 {
		return n, errors.New("GS ( k with no function")
	}
	if p[0] != 49 {
		return n, fmt.Errorf("GS ( k symbol %d: the virtual printer knows only QR codes (49)", p[0])
	}
	return n, d.qrFunction(p[1], p[2:])
}

// qrFunction does QR function fn with its arguments.
func (d *decoder) qrFunction(fn byte, a []byte) error {
	want := map[byte]int{65: 2, 67: 1, 69: 1, 81: 1}
	if k, ok := want[fn]; ok && len(a) != k {
		return fmt.Errorf("QR function 1%d with %d argument bytes, want %d", fn, len(a), k)
	}
	switch fn {
	case 65:
		if a[0] != 50 {
			return fmt.Errorf("QR model %d: the virtual printer prints model 2 (50) only", a[0])
		}
	case 67:
		if a[0] < 1 || a[0] > 16 {
			return fmt.Errorf("QR module %d dots: want 1..16", a[0])
		}
		d.qr.Module = int(a[0])
	case 69:
		l, ok := escpos.QRLevelOf(a[0])
		if !ok {
			return fmt.Errorf("QR error correction %d: want 48..51 (L, M, Q, H)", a[0])
		}
		d.qr.Level = l
	case 80:
		if len(a) < 2 || a[0] != 48 {
			return errors.New("QR store: want m = 48 and data")
		}
		d.qr.Data = string(a[1:])
	case 81:
		return d.printQR(a[0])
	default:
		return fmt.Errorf("QR function 1%d: the virtual printer knows 165, 167, 169, 180 and 181", fn)
	}
	return nil
}

// printQR prints the stored QR code (function 181).
func (d *decoder) printQR(m byte) error {
	if m != 48 {
		return fmt.Errorf("QR print: m = %d, want 48", m)
	}
	if err := d.atLineStart("QR print", "is not printed"); err != nil {
		return err
	}
	if d.qr.Data == "" {
		return errors.New("QR print with no data stored")
	}
	if _, err := escpos.QRVersion(d.qr.Data, d.qr.Level); err != nil {
		return err
	}
	q := d.qr
	d.rec.Lines = append(d.rec.Lines, Line{Align: d.align, QR: &q})
	return nil
}

// realtimeStatus answers DLE EOT n.
func (d *decoder) realtimeStatus(n byte) error {
	if n < escpos.RealtimePrinter || n > escpos.RealtimePaper {
		return fmt.Errorf("DLE EOT %d: the virtual printer answers 1 to 4", n)
	}
	if d.host != nil {
		d.host.realtime(n)
	}
	return nil
}

// autoStatus turns Automatic Status Back on or off (GS a n).
func (d *decoder) autoStatus(n byte) error {
	if d.host != nil {
		d.host.asb(n)
	}
	return nil
}
