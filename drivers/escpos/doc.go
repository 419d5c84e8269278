// Package escpos encodes tickets for ESC/POS thermal printers (Epson
// TM-T20/TM-T88 class): text in code page 858 (so ä ö å € print right),
// character size, bold, alignment, feed and cut.
//
// An Encoder collects commands and keeps the first error, like
// bufio.Writer; Bytes returns the ticket or that error. A Printer writes a
// ticket to the device. The package does no I/O of its own beyond the
// io.Writer it is given and never logs.
package escpos

const (
	esc = 0x1B
	gs  = 0x1D
	lf  = 0x0A
)
