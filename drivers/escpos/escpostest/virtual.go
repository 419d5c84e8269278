package escpostest

import (
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"sort"
	"sync"

	"vuoro/drivers/escpos"
)

// Virtual is a printer that prints to files: each cut receipt becomes
// ticket-NNNN.png, rendered at printer resolution, and ticket-NNNN.txt,
// its decoded text. It is safe for concurrent use.
type Virtual struct {
	dir   string
	paper escpos.Paper

	mu       sync.Mutex
	pending  []byte
	next     int
	receipts []Receipt
	paths    []string
}

// NewVirtual returns a virtual printer writing into dir, which it creates.
// Numbering continues after the tickets already in dir.
func NewVirtual(dir string, p escpos.Paper) (*Virtual, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("escpostest: %w", err)
	}
	old, _ := filepath.Glob(filepath.Join(dir, "ticket-*.png"))
	return &Virtual{dir: dir, paper: p, next: len(old) + 1}, nil
}

// Write takes printer bytes. Each complete receipt is decoded and written
// out; a byte sequence the printer does not know is an error and the
// bytes are dropped, as a real printer would print garbage.
func (v *Virtual) Write(b []byte) (int, error) {
	v.mu.Lock()
	defer v.mu.Unlock()
	v.pending = append(v.pending, b...)
	rs, err := Decode(v.pending)
	if err != nil {
		v.pending = nil
		return len(b), err
	}
	v.pending = keepUncut(v.pending, rs)
	for _, r := range rs {
		if r.Uncut {
			continue
		}
		if err := v.save(r); err != nil {
			return len(b), err
		}
	}
	return len(b), nil
}

// keepUncut keeps the bytes after the last cut, which belong to a receipt
// still being printed.
func keepUncut(b []byte, rs []Receipt) []byte {
	last := -1
	for i := 0; i+1 < len(b); i++ {
		if b[i] == 0x1D && b[i+1] == 'V' {
			last = i + 4
		}
	}
	if last < 0 {
		return b
	}
	return append([]byte(nil), b[min(last, len(b)):]...)
}

func (v *Virtual) save(r Receipt) error {
	img, err := Render(r, v.paper)
	if err != nil {
		return err
	}
	base := filepath.Join(v.dir, fmt.Sprintf("ticket-%04d", v.next))
	f, err := os.Create(base + ".png")
	if err != nil {
		return fmt.Errorf("escpostest: %w", err)
	}
	if err := png.Encode(f, img); err != nil {
		f.Close()
		return fmt.Errorf("escpostest: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("escpostest: %w", err)
	}
	if err := os.WriteFile(base+".txt", []byte(r.Text()), 0o644); err != nil {
		return fmt.Errorf("escpostest: %w", err)
	}
	v.next++
	v.receipts = append(v.receipts, r)
	v.paths = append(v.paths, base+".png")
	return nil
}

// Receipts returns the receipts printed so far.
func (v *Virtual) Receipts() []Receipt {
	v.mu.Lock()
	defer v.mu.Unlock()
	return append([]Receipt(nil), v.receipts...)
}

// Paths returns the PNG files written so far, in order.
func (v *Virtual) Paths() []string {
	v.mu.Lock()
	defer v.mu.Unlock()
	out := append([]string(nil), v.paths...)
	sort.Strings(out)
	return out
}
