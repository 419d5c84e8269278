// Package escpostest is a virtual ESC/POS printer: it decodes every command
// package escpos emits into a model of the printed receipt (text runs with
// their attributes, feeds, cuts), reports any byte sequence it does not
// know instead of skipping it, and renders a receipt to an image at the
// printer's resolution. Virtual writes each cut receipt to a PNG file and
// its decoded text beside it.
package escpostest
