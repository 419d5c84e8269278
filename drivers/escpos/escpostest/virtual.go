package escpostest

import (
	"errors"
	"fmt"
	"os"
	"sync"

	"vuoro/drivers/escpos"
)

// Virtual is a printer that prints to files: each cut receipt becomes
// ticket-NNNN.png, as Render draws it, and ticket-NNNN.txt, its Text. It
// is an io.Writer for escpos.Printer and safe for concurrent use.
type Virtual struct {
	dir   string
	paper escpos.Paper

	mu       sync.Mutex
	dec      *decoder
	next     int // the number of the next ticket
	receipts []Receipt
	paths    []string
}

// NewVirtual returns a virtual printer with paper p writing into dir,
// which it creates. Its numbering continues after the tickets already in
// dir, so a restarted kiosk overwrites none.
func NewVirtual(dir string, p escpos.Paper) (*Virtual, error) {
	if p.Dots() == 0 {
		return nil, fmt.Errorf("escpostest: paper %v: want %v or %v", p, escpos.Paper58, escpos.Paper80)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("escpostest: %w", err)
	}
	last, err := lastTicket(dir)
	if err != nil {
		return nil, fmt.Errorf("escpostest: %w", err)
	}
	return &Virtual{dir: dir, paper: p, dec: newDecoder(), next: last + 1}, nil
}

// Write prints b, which may end in the middle of a command or a receipt;
// each receipt b completes is decoded and saved. Bytes the printer does
// not accept are a *DecodeError: the receipt they are in is dropped and
// printing starts afresh after them, with the printer's mode reset.
func (v *Virtual) Write(b []byte) (int, error) {
	v.mu.Lock()
	defer v.mu.Unlock()
	err := v.dec.write(b)
	done := v.dec.take()
	if err != nil {
		v.dec.discard()
	}
	for _, r := range done {
		if serr := v.save(r); serr != nil {
			return len(b), errors.Join(serr, err)
		}
	}
	return len(b), err
}

// Receipts returns the receipts printed so far.
func (v *Virtual) Receipts() []Receipt {
	v.mu.Lock()
	defer v.mu.Unlock()
	return append([]Receipt(nil), v.receipts...)
}

// Paths returns the PNG files written so far, in the order printed.
func (v *Virtual) Paths() []string {
	v.mu.Lock()
	defer v.mu.Unlock()
	return append([]string(nil), v.paths...)
}
