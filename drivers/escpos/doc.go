// Package escpos encodes tickets for ESC/POS thermal receipt printers of
// the Epson TM-T20/TM-T88 class and sends them to the printer.
//
// An Encoder collects commands: text in code page 858 (so that ä, ö, å and
// € print right), character size, emphasis, alignment, feed and cut. Like
// bufio.Writer it keeps the first error and ignores the calls after it;
// Bytes returns the finished ticket or that error. A Printer writes a
// ticket to the device: a serial port, /dev/usb/lpN, a TCP connection to
// port 9100, or the virtual printer of package escpostest.
//
// The commands are grouped one file a group: setup and text attributes
// (text.go), line layout (layout.go), the cutter (cut.go); the code page
// table is in cp858.go. The package uses the standard library only and
// never logs.
package escpos

// Control bytes that start ESC/POS commands.
const (
	lf  = 0x0A // print and line feed
	esc = 0x1B
	gs  = 0x1D
)
