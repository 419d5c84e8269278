package printer_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"vuoro/drivers/escpos"
	"vuoro/drivers/escpos/escpostest"
)

// quick makes a missing reply fail fast.
var quick = &escpos.Options{Timeout: time.Second}

func newVirtual(t *testing.T) *escpostest.Virtual {
	t.Helper()
	v, err := escpostest.NewVirtual(t.TempDir(), escpos.Paper80)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// ticket returns a ticket with the call id id.
func ticket(t *testing.T, id string) []byte {
	t.Helper()
	e := escpos.NewEncoder(escpos.Paper80)
	e.Init()
	e.Align(escpos.AlignCenter)
	e.Line("Kutsutunniste")
	e.Size(4, 4)
	e.Line(id)
	e.Size(1, 1)
	e.Code128(id, escpos.Code128Options{})
	e.QR("https://vuoro.example/"+id, escpos.QROptions{})
	e.Line("Tämä tuloste on henkilökohtainen")
	e.Feed(3)
	e.Cut(true)
	b, err := e.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// waitPrinted waits until v has printed the tickets ids, in order: a
// printer on a line prints after the host has written.
func waitPrinted(t *testing.T, v *escpostest.Virtual, ids ...string) {
	t.Helper()
	for start := time.Now(); len(v.Receipts()) < len(ids); time.Sleep(5 * time.Millisecond) {
		if time.Since(start) > 5*time.Second {
			t.Fatalf("printed %d tickets, want %d; errors %v", len(v.Receipts()), len(ids), v.Errors())
		}
	}
	rs := v.Receipts()
	if len(rs) != len(ids) {
		t.Fatalf("printed %d tickets, want %d", len(rs), len(ids))
	}
	for i, id := range ids {
		if text := rs[i].Text(); !strings.Contains(text, "\n"+id+"\n") || !strings.Contains(text, `[CODE128 "`+id+`"]`) {
			t.Errorf("ticket %d reads %q, want %s", i+1, text, id)
		}
	}
	if errs := v.Errors(); len(errs) > 0 {
		t.Errorf("the printer met errors: %v", errs)
	}
}

// link points the symlink at path to target, at once, as udev points
// /dev/serial/by-id/... at the device the printer gets when plugged in.
func link(t *testing.T, target, path string) {
	t.Helper()
	tmp := filepath.Join(filepath.Dir(path), ".new-link")
	if err := os.Symlink(target, tmp); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		t.Fatal(err)
	}
}
