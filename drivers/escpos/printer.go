package escpos

import (
	"fmt"
	"io"
)

// Printer sends tickets to a printer device.
type Printer struct {
	w io.Writer
}

// NewPrinter returns a printer writing to w: a serial port, /dev/usb/lpN,
// a TCP connection to port 9100, or a virtual printer.
func NewPrinter(w io.Writer) *Printer { return &Printer{w: w} }

// Print writes the whole ticket to the device.
func (p *Printer) Print(ticket []byte) error {
	n, err := p.w.Write(ticket)
	if err == nil && n < len(ticket) {
		err = io.ErrShortWrite
	}
	if err != nil {
		return fmt.Errorf("escpos: write: %w", err)
	}
	return nil
}
