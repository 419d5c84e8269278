//go:build linux

package printer_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"vuoro/drivers/escpos"
	"vuoro/drivers/escpos/escpostest"
	"vuoro/drivers/printer"
)

func servePTY(t *testing.T, v *escpostest.Virtual) *escpostest.PTY {
	t.Helper()
	pt, err := v.ServePTY()
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	t.Cleanup(func() { pt.Close() })
	return pt
}

// TestSerialEndToEnd prints over a serial port opened with tarm/serial
// on a pseudo-terminal whose other side is the virtual printer; the
// printer is unplugged (the line hangs up) and plugged back in at another
// device behind the same symlink, and the next ticket prints.
func TestSerialEndToEnd(t *testing.T) {
	v := newVirtual(t)
	path := filepath.Join(t.TempDir(), "ttyPRINTER")
	first := servePTY(t, v)
	link(t, first.Path(), path)
	spec, err := printer.ParseSpec("serial:" + path + "@115200")
	if err != nil {
		t.Fatal(err)
	}
	conn, err := printer.Open(spec, &printer.Options{MinBackoff: 50 * time.Millisecond, MaxBackoff: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	p := escpos.NewPrinter(conn, quick)

	if err := p.Print(ticket(t, "R1")); err != nil {
		t.Fatal(err)
	}
	waitPrinted(t, v, "R1")

	// Paper near end is told over the line and printing goes on; paper out
	// stops it.
	v.SetPaperNearEnd(true)
	if err := p.Print(ticket(t, "R2")); err != nil {
		t.Fatal(err)
	}
	if s, _ := p.Last(); !s.PaperNearEnd || !s.Ready() {
		t.Errorf("Last() = %v, want ready with paper near end", s)
	}
	waitPrinted(t, v, "R1", "R2")
	v.SetPaperOut(true)
	if err := p.Print(ticket(t, "R3")); !errors.Is(err, escpos.ErrPaperOut) {
		t.Fatalf("Print with paper out = %v", err)
	}
	v.SetPaperOut(false)

	// Unplugged: the line hangs up and the device is gone.
	if err := first.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	if err := p.Print(ticket(t, "R3")); err == nil {
		t.Fatal("printed with the printer unplugged")
	} else {
		t.Logf("unplugged: %v", err)
	}
	if err := p.Print(ticket(t, "R3")); err == nil {
		t.Fatal("printed with the printer unplugged")
	}

	// Plugged back in: a new device behind the same name.
	link(t, servePTY(t, v).Path(), path)
	deadline := time.Now().Add(5 * time.Second)
	for err := p.Print(ticket(t, "R3")); err != nil; err = p.Print(ticket(t, "R3")) {
		if time.Now().After(deadline) {
			t.Fatalf("the printer plugged back in does not print: %v", err)
		}
		time.Sleep(20 * time.Millisecond) // the backoff
	}
	waitPrinted(t, v, "R1", "R2", "R3")
	if s, err := p.Status(); err != nil || !s.Ready() {
		t.Errorf("Status() after reopening = %v, %v", s, err)
	}
}

// TestUSBDevice prints to a device file as to /dev/usb/lp0, reading the
// status from it with deadlines. A pseudo-terminal stands in for the
// USB printer class device.
func TestUSBDevice(t *testing.T) {
	v := newVirtual(t)
	pt := servePTY(t, v)
	spec, err := printer.ParseSpec("usb:" + pt.Path())
	if err != nil {
		t.Fatal(err)
	}
	conn, err := printer.Open(spec, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	p := escpos.NewPrinter(conn, quick)
	v.SetCoverOpen(true)
	if err := p.Print(ticket(t, "U1")); !errors.Is(err, escpos.ErrCoverOpen) {
		t.Fatalf("Print with the cover open = %v", err)
	}
	v.SetCoverOpen(false)
	if err := p.Print(ticket(t, "U1")); err != nil {
		t.Fatal(err)
	}
	waitPrinted(t, v, "U1")
}

// TestSerialCloseWhileWatching: Close returns soon although Watch is
// reading the port (tarm/serial's Close waits for a pending Read).
func TestSerialCloseWhileWatching(t *testing.T) {
	v := newVirtual(t)
	pt := servePTY(t, v)
	conn, err := printer.Open(printer.Spec{Kind: printer.Serial, Path: pt.Path(), Baud: 9600}, nil)
	if err != nil {
		t.Fatal(err)
	}
	p := escpos.NewPrinter(conn, &escpos.Options{Timeout: time.Second, Poll: time.Hour, ASB: true})
	ctx, cancel := context.WithCancel(context.Background())
	reports := make(chan escpos.Status, 4)
	done := make(chan error)
	go func() { done <- p.Watch(ctx, func(s escpos.Status, err error) { reports <- s }) }()
	if s := <-reports; !s.Ready() {
		t.Fatalf("first report %v", s)
	}
	v.SetPaperNearEnd(true) // told by ASB over the serial line
	select {
	case s := <-reports:
		if !s.PaperNearEnd {
			t.Fatalf("reported %v", s)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("paper near end not reported")
	}
	start := time.Now()
	if err := conn.Close(); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("Close took %v", d)
	}
	cancel()
	<-done
}
