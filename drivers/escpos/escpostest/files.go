package escpostest

import (
	"errors"
	"fmt"
	"image/png"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// lastTicket returns the highest number of a ticket file in dir, or 0.
func lastTicket(dir string) (int, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return 0, err
	}
	last := 0
	for _, e := range entries {
		name := strings.TrimSuffix(strings.TrimSuffix(e.Name(), ".png"), ".txt")
		digits, ok := strings.CutPrefix(name, "ticket-")
		if n, err := strconv.Atoi(digits); ok && err == nil && name != e.Name() {
			last = max(last, n)
		}
	}
	return last, nil
}

// save writes r as the next ticket's PNG and text files. It never
// overwrites: a number whose PNG exists is skipped.
func (v *Virtual) save(r Receipt) error {
	f, base, err := v.create()
	if err != nil {
		return fmt.Errorf("escpostest: save ticket: %w", err)
	}
	err = png.Encode(f, Render(r, v.paper))
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.WriteFile(base+".txt", []byte(r.Text()), 0o644)
	}
	if err != nil {
		return fmt.Errorf("escpostest: save ticket: %w", err)
	}
	v.receipts = append(v.receipts, r)
	v.paths = append(v.paths, base+".png")
	return nil
}

// create creates the PNG file of the next free ticket number and returns
// it with its path less the extension.
func (v *Virtual) create() (*os.File, string, error) {
	for {
		base := filepath.Join(v.dir, fmt.Sprintf("ticket-%04d", v.next))
		v.next++
		f, err := os.OpenFile(base+".png", os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if !errors.Is(err, fs.ErrExist) {
			return f, base, err
		}
	}
}
