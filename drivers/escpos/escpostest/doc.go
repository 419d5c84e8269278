// Package escpostest is a virtual ESC/POS printer for tests and for
// kiosks without a printer.
//
// Decode reads the bytes package escpos emits into a model of what was
// printed: receipts, each a list of lines of text runs with their
// attributes, CODE128 barcodes (with their data, code sets and size) and
// QR codes (with their data, module size and error correction level),
// ended by a cut. It is stricter than a printer: a byte sequence it does
// not know, a command cut short, and a command a printer would ignore or
// that would lose text are errors naming the offset and the bytes;
// nothing is skipped. Status requests (DLE EOT n, GS a) are taken between
// commands, where package escpos sends them. Render draws a receipt at
// the printer's resolution, 203 dpi, with barcodes and QR codes a scanner
// reads.
//
// Virtual is a printer that saves every cut receipt as a PNG image and a
// text file, answers status requests from a condition the test sets
// (paper near end or out, cover open, offline, errors), and sends
// Automatic Status Back. It runs in process as an io.ReadWriter, on any
// byte stream (Serve), on a pseudo-terminal that a program opens as a
// serial port (ServePTY), and on a TCP port as a network printer
// (ListenTCP).
package escpostest
