package escpos

import "fmt"

// QRLevel is the error correction level of a QR code: how much of it may
// be smudged or torn and still read.
type QRLevel byte

// The error correction levels; the zero value means the default, M.
const (
	QRLevelL QRLevel = iota + 1 // about 7 % recoverable
	QRLevelM                    // about 15 %
	QRLevelQ                    // about 25 %
	QRLevelH                    // about 30 %
)

// String returns "L", "M", "Q" or "H".
func (l QRLevel) String() string {
	if l >= QRLevelL && l <= QRLevelH {
		return string("LMQH"[l-1])
	}
	return fmt.Sprintf("QRLevel(%d)", byte(l))
}

// qrLevelByte is the n of GS ( k function 169: 48 for L to 51 for H.
func (l QRLevel) qrLevelByte() byte { return 47 + byte(l) }

// QRLevelOf returns the level whose GS ( k function 169 byte is n, 48 to 51.
func QRLevelOf(n byte) (QRLevel, bool) {
	if n < 48 || n > 51 {
		return 0, false
	}
	return QRLevel(n - 47), true
}

// QROptions is the look of a QR code; a zero field takes its default.
type QROptions struct {
	Module int     // dots a module, 1..16; default 6 (0.75 mm)
	Level  QRLevel // error correction; default M
}

// The defaults of QROptions.
const (
	DefaultQRModule = 6
	DefaultQRLevel  = QRLevelM
)

func (o QROptions) withDefaults() QROptions {
	if o.Module == 0 {
		o.Module = DefaultQRModule
	}
	if o.Level == 0 {
		o.Level = DefaultQRLevel
	}
	return o
}

func (o QROptions) check() error {
	switch {
	case o.Module < 1 || o.Module > 16:
		return fmt.Errorf("escpos: QR module %d dots: want 1..16", o.Module)
	case o.Level < QRLevelL || o.Level > QRLevelH:
		return fmt.Errorf("escpos: QR error correction level %d: want L, M, Q or H", byte(o.Level))
	}
	return nil
}

// The functions of GS ( k cn=49 (QR code).
const (
	qrCn        = 49
	qrFnModel   = 65
	qrFnModule  = 67
	qrFnLevel   = 69
	qrFnStore   = 80
	qrFnPrint   = 81
	qrModel2    = 50
	qrStoreMode = 48
)

// QR prints data as a model 2 QR code: it selects the model (GS ( k
// function 165), the module size (167) and the error correction level
// (169, byte 48 for L to 51 for H), stores the data (180, whose pL pH
// count the data and its three header bytes) and prints it (181). Data
// that a version 40 symbol at the level does not hold in byte mode, or a
// symbol wider than the paper, is an error. The printer prints a symbol
// only at the start of a line, so QR in mid-line is an error; the symbol
// is aligned as Align says.
func (e *Encoder) QR(data string, o QROptions) {
	o = o.withDefaults()
	if err := o.check(); err != nil {
		e.fail(err)
		return
	}
	v, err := QRVersion(data, o.Level)
	if err != nil {
		e.fail(err)
		return
	}
	if w := (17 + 4*v) * o.Module; w > e.paper.Dots() && e.paper.valid() {
		e.fail(fmt.Errorf("escpos: QR of %d bytes at level %v is version %d, %d dots wide at %d dots a module: the %v paper has %d",
			len(data), o.Level, v, w, o.Module, e.paper, e.paper.Dots()))
		return
	}
	if !e.atLineStart("QR code", "is not printed") {
		return
	}
	e.qrFunction(qrFnModel, qrModel2, 0)
	e.qrFunction(qrFnModule, byte(o.Module))
	e.qrFunction(qrFnLevel, o.Level.qrLevelByte())
	n := len(data) + 3
	e.put(gs, '(', 'k', byte(n), byte(n>>8), qrCn, qrFnStore, qrStoreMode)
	e.put([]byte(data)...)
	e.qrFunction(qrFnPrint, qrStoreMode)
}

// qrFunction puts GS ( k pL pH cn fn args.
func (e *Encoder) qrFunction(fn byte, args ...byte) {
	n := len(args) + 2
	e.put(gs, '(', 'k', byte(n), byte(n>>8), qrCn, fn)
	e.put(args...)
}

// QRVersion returns the version, 1 to 40, of the smallest QR code that
// holds data in byte mode at level l, or an error if none does. A version
// v symbol is 17+4v modules wide. The printer may choose a denser mode
// for digits and capitals, and so a smaller symbol.
func QRVersion(data string, l QRLevel) (int, error) {
	if l < QRLevelL || l > QRLevelH {
		return 0, fmt.Errorf("escpos: QR error correction level %d: want L, M, Q or H", byte(l))
	}
	if data == "" {
		return 0, fmt.Errorf("escpos: QR code of no data")
	}
	caps := qrByteCapacity[l-1]
	for v, c := range caps {
		if len(data) <= c {
			return v + 1, nil
		}
	}
	return 0, fmt.Errorf("escpos: QR data of %d bytes: level %v holds %d at most", len(data), l, caps[len(caps)-1])
}

// qrByteCapacity is how many bytes a QR code of each version, 1 to 40,
// holds in byte mode, for each level L, M, Q, H (ISO/IEC 18004 table 7).
var qrByteCapacity = [4][40]int{
	{17, 32, 53, 78, 106, 134, 154, 192, 230, 271, 321, 367, 425, 458, 520, 586, 644, 718, 792, 858,
		929, 1003, 1091, 1171, 1273, 1367, 1465, 1528, 1628, 1732, 1840, 1952, 2068, 2188, 2303, 2431, 2563, 2699, 2809, 2953},
	{14, 26, 42, 62, 84, 106, 122, 152, 180, 213, 251, 287, 331, 362, 412, 450, 504, 560, 624, 666,
		711, 779, 857, 911, 997, 1059, 1125, 1190, 1264, 1370, 1452, 1538, 1628, 1722, 1809, 1911, 1989, 2099, 2213, 2331},
	{11, 20, 32, 46, 60, 74, 86, 108, 130, 151, 177, 203, 241, 258, 292, 322, 364, 394, 442, 482,
		509, 565, 611, 661, 715, 751, 805, 868, 908, 982, 1030, 1112, 1168, 1228, 1283, 1351, 1423, 1499, 1579, 1663},
	{7, 14, 24, 34, 44, 58, 64, 84, 98, 119, 137, 155, 177, 194, 220, 250, 280, 310, 338, 382,
		403, 439, 461, 511, 535, 593, 625, 658, 698, 742, 790, 842, 898, 958, 983, 1051, 1093, 1139, 1219, 1273},
}
