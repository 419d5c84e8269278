// Package escpos encodes tickets for ESC/POS thermal receipt printers of
// the Epson TM-T20/TM-T88 class, sends them to the printer and reads its
// status.
//
// An Encoder collects commands: text in code page 858 (so that ä, ö, å and
// € print right), character size, emphasis, alignment, feed, cut, CODE128
// barcodes and QR codes. Like bufio.Writer it keeps the first error and
// ignores the calls after it; Bytes returns the finished ticket or that
// error. Inputs the printer would misprint or ignore are errors: a
// character outside the code page, a barcode wider than the paper, QR
// data a symbol cannot hold, a command the printer obeys only at the
// start of a line sent in mid-line.
//
// A Printer writes tickets to the device: a serial port, /dev/usb/lpN, a
// TCP connection to port 9100 (package vuoro/drivers/printer opens and
// reopens them), or the virtual printer of package escpostest. Before
// each ticket it asks the printer's real-time status (DLE EOT n) and
// refuses to print on a printer out of paper, with its cover open,
// offline or in error, with a *StatusError that errors.Is matches to
// ErrPaperOut, ErrCoverOpen, ErrOffline and ErrPrinterError. Paper near
// its end prints, and Last and Watch tell it; Watch polls the status, or
// listens for Automatic Status Back (GS a), and reports each change.
// ReplyParser tells the printer's replies apart: DLE EOT replies, 4-byte
// ASB messages, XON and XOFF.
//
// The commands are grouped one file a group: setup and text attributes
// (text.go), line layout (layout.go), the cutter (cut.go), barcodes
// (barcode.go), QR codes (qr.go); the code page table is in cp858.go, the
// status in status.go, the printer's replies in reply.go and the sentinel
// errors in errors.go. The package uses the standard library only and
// never logs.
package escpos

// Control bytes that start ESC/POS commands.
const (
	lf  = 0x0A // print and line feed
	esc = 0x1B
	gs  = 0x1D
)
