package escpostest_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"vuoro/drivers/escpos"
	"vuoro/drivers/escpos/escpostest"
)

func newVirtual(t *testing.T, dir string) *escpostest.Virtual {
	t.Helper()
	v, err := escpostest.NewVirtual(dir, escpos.Paper80)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestVirtualSavesEachCutTicket(t *testing.T) {
	dir := t.TempDir()
	v := newVirtual(t, dir)
	p := escpos.NewPrinter(v, nil)
	ticket := goldenTicket(t)
	// The first ticket comes in pieces, as a serial port delivers it, one
	// of them ending inside GS !.
	for _, piece := range [][]byte{ticket[:23], ticket[23:100], ticket[100:]} {
		if len(v.Paths()) != 0 {
			t.Fatal("a ticket was saved before its cut")
		}
		if _, err := v.Write(piece); err != nil {
			t.Fatal(err)
		}
	}
	if err := p.Print(ticket); err != nil {
		t.Fatal(err)
	}
	want := []string{filepath.Join(dir, "ticket-0001.png"), filepath.Join(dir, "ticket-0002.png")}
	if got := v.Paths(); !slices.Equal(got, want) {
		t.Fatalf("Paths() = %v, want %v", got, want)
	}
	for _, path := range want {
		checkTicketFiles(t, path)
	}
	if rs := v.Receipts(); len(rs) != 2 || rs[1].Cut != escpostest.PartialCut || !strings.Contains(rs[1].Text(), "R20") {
		t.Errorf("Receipts() = %+v", rs)
	}
}

// checkTicketFiles checks a saved ticket: an 80 mm PNG, and its text.
func checkTicketFiles(t *testing.T, pngPath string) {
	t.Helper()
	img, err := readPNG(pngPath)
	if err != nil || img.Bounds().Dx() != 576 {
		t.Fatalf("%s: %v", pngPath, err)
	}
	txt, err := os.ReadFile(strings.TrimSuffix(pngPath, ".png") + ".txt")
	if err != nil || !strings.Contains(string(txt), "\nR20\n") || !strings.Contains(string(txt), "Edelläsi jonossa: 3") {
		t.Fatalf("decoded text %q, %v", txt, err)
	}
}

func TestVirtualContinuesNumbering(t *testing.T) {
	dir := t.TempDir()
	ticket := goldenTicket(t)
	for i, want := range []string{"ticket-0001.png", "ticket-0002.png", "ticket-0003.png"} {
		v := newVirtual(t, dir) // a kiosk restarting between tickets
		if _, err := v.Write(ticket); err != nil {
			t.Fatal(err)
		}
		if got := v.Paths(); len(got) != 1 || filepath.Base(got[0]) != want {
			t.Fatalf("printer %d wrote %v, want %s", i+1, got, want)
		}
	}
	// A gap or a lone text file counts too.
	if err := os.WriteFile(filepath.Join(dir, "ticket-0041.txt"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	v := newVirtual(t, dir)
	v.Write(ticket)
	if got := v.Paths(); len(got) != 1 || filepath.Base(got[0]) != "ticket-0042.png" {
		t.Fatalf("after ticket-0041.txt: wrote %v", got)
	}
}

func TestVirtualNeverOverwrites(t *testing.T) {
	dir := t.TempDir()
	v := newVirtual(t, dir)
	// Another process takes the next number after v has started.
	other := filepath.Join(dir, "ticket-0001.png")
	if err := os.WriteFile(other, []byte("not ours"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := v.Write(goldenTicket(t)); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(other); string(b) != "not ours" {
		t.Error("an existing ticket was overwritten")
	}
	if got := v.Paths(); len(got) != 1 || filepath.Base(got[0]) != "ticket-0002.png" {
		t.Errorf("wrote %v", got)
	}
}

func TestVirtualRejectsGarbageAndRecovers(t *testing.T) {
	dir := t.TempDir()
	v := newVirtual(t, dir)
	ticket := goldenTicket(t)
	_, err := v.Write(append(ticket[:40:40], 0x1B, 'Z'))
	var de *escpostest.DecodeError
	if !errors.As(err, &de) || de.Offset != 40 {
		t.Fatalf("Write(garbage) = %v, want a DecodeError at offset 40", err)
	}
	if err := escpos.NewPrinter(v, nil).Print(ticket); err != nil {
		t.Fatalf("the next ticket: %v", err)
	}
	if got := v.Paths(); len(got) != 1 || len(v.Receipts()) != 1 {
		t.Fatalf("Paths() = %v: want only the good ticket", got)
	}
	checkTicketFiles(t, v.Paths()[0])
}

func TestVirtualSavesNothingUncut(t *testing.T) {
	dir := t.TempDir()
	v := newVirtual(t, dir)
	ticket := goldenTicket(t)
	if _, err := v.Write(ticket[:len(ticket)-4]); err != nil { // all but GS V B 3
		t.Fatal(err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 || len(v.Receipts()) != 0 {
		t.Errorf("an uncut ticket was saved: %v", entries)
	}
}

// TestVirtualConcurrentPrints prints from several goroutines, through one
// escpos.Printer (which takes turns on the line) and by writing whole
// tickets at once.
func TestVirtualConcurrentPrints(t *testing.T) {
	dir := t.TempDir()
	v := newVirtual(t, dir)
	p := escpos.NewPrinter(v, nil)
	ticket := goldenTicket(t)
	var wg sync.WaitGroup
	for i := range 6 {
		wg.Go(func() {
			var err error
			if i%2 == 0 {
				err = p.Print(ticket)
			} else {
				_, err = v.Write(ticket)
			}
			if err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	for i := range 6 {
		checkTicketFiles(t, filepath.Join(dir, fmt.Sprintf("ticket-%04d.png", i+1)))
	}
}

func TestNewVirtualErrors(t *testing.T) {
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := escpostest.NewVirtual(file, escpos.Paper80); err == nil || !strings.HasPrefix(err.Error(), "escpostest: ") {
		t.Errorf("a file as the directory: %v", err)
	}
	if _, err := escpostest.NewVirtual(t.TempDir(), escpos.Paper(76)); err == nil {
		t.Error("76 mm paper accepted")
	}
}

func TestVirtualPNGIsTheRendering(t *testing.T) {
	v := newVirtual(t, t.TempDir())
	v.Write(goldenTicket(t))
	got, err := readPNG(v.Paths()[0])
	if err != nil {
		t.Fatal(err)
	}
	if !samePixels(escpostest.Render(sampleReceipt(t), escpos.Paper80), got) {
		t.Error("the saved PNG is not the receipt's rendering")
	}
}
