// Package escpostest is a virtual ESC/POS printer for tests and for
// kiosks without a printer.
//
// Decode reads the bytes package escpos emits into a model of what was
// printed: receipts, each a list of lines of text runs with their
// attributes, ended by a cut. It is stricter than a printer: a byte
// sequence it does not know, a command cut short, and a command a printer
// would ignore or that would lose text are errors naming the offset and
// the bytes; nothing is skipped. Render draws a receipt at the printer's
// resolution, and Virtual is an io.Writer that saves every cut receipt as
// a PNG image and a text file.
package escpostest
