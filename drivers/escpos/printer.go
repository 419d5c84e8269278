package escpos

import (
	"fmt"
	"io"
)

// Printer sends tickets to a printer device.
type Printer struct {
	w io.Writer
}

// NewPrinter returns a printer writing to w (a serial port, /dev/usb/lpN,
// a TCP 9100 connection, or a virtual printer).
func NewPrinter(w io.Writer) *Printer { return &Printer{w: w} }

// Print writes a whole ticket.
func (p *Printer) Print(ticket []byte) error {
	if _, err := p.w.Write(ticket); err != nil {
		return fmt.Errorf("escpos: write: %w", err)
	}
	return nil
}
