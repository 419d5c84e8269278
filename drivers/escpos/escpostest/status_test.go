package escpostest_test

import (
	"context"
	"errors"
	"net"
	"os"
	"syscall"
	"testing"
	"time"

	"vuoro/drivers/escpos"
	"vuoro/drivers/escpos/escpostest"
)

var quick = &escpos.Options{Timeout: 500 * time.Millisecond, Poll: 20 * time.Millisecond}

func TestVirtualAnswersStatus(t *testing.T) {
	v := newVirtual(t, t.TempDir())
	p := escpos.NewPrinter(v, quick)
	ticket := goldenTicket(t)
	steps := []struct {
		name   string
		set    func()
		status escpos.Status
		err    error // of Print
	}{
		{"ready", func() {}, escpos.Status{Online: true}, nil},
		{"near end", func() { v.SetPaperNearEnd(true) }, escpos.Status{Online: true, PaperNearEnd: true}, nil},
		{"out", func() { v.SetPaperOut(true) }, escpos.Status{PaperOut: true, PaperNearEnd: true}, escpos.ErrPaperOut},
		{"new roll", func() { v.SetPaperOut(false) }, escpos.Status{Online: true}, nil},
		{"cover open", func() { v.SetCoverOpen(true) }, escpos.Status{CoverOpen: true}, escpos.ErrCoverOpen},
		{"cover closed", func() { v.SetCoverOpen(false) }, escpos.Status{Online: true}, nil},
		{"offline", func() { v.SetOffline(true) }, escpos.Status{}, escpos.ErrOffline},
		{"online", func() { v.SetOffline(false) }, escpos.Status{Online: true}, nil},
		{"cutter", func() { v.SetError(escpos.Status{CutterError: true}) }, escpos.Status{CutterError: true, Error: true}, escpos.ErrPrinterError},
		{"cleared", func() { v.SetError(escpos.Status{}) }, escpos.Status{Online: true}, nil},
	}
	printed := 0
	for _, s := range steps {
		s.set()
		if got := v.Status(); got != s.status {
			t.Fatalf("%s: Virtual.Status() = %+v, want %+v", s.name, got, s.status)
		}
		if got, err := p.Status(); err != nil || got != s.status {
			t.Fatalf("%s: the printer reads %+v, %v; want %+v", s.name, got, err, s.status)
		}
		err := p.Print(ticket)
		if s.err == nil && err != nil || s.err != nil && !errors.Is(err, s.err) {
			t.Fatalf("%s: Print = %v, want %v", s.name, err, s.err)
		}
		if err == nil {
			printed++
		}
		if n := len(v.Paths()); n != printed {
			t.Fatalf("%s: %d tickets saved, want %d", s.name, n, printed)
		}
	}
}

// TestVirtualHoldsReceiptsWhileNotReady: bytes sent without asking the
// status print once the printer can.
func TestVirtualHoldsReceiptsWhileNotReady(t *testing.T) {
	v := newVirtual(t, t.TempDir())
	v.SetCoverOpen(true)
	if _, err := v.Write(goldenTicket(t)); err != nil {
		t.Fatal(err)
	}
	if v.Held() != 1 || len(v.Paths()) != 0 {
		t.Fatalf("held %d, saved %v with the cover open", v.Held(), v.Paths())
	}
	v.SetPaperNearEnd(true) // still open
	if v.Held() != 1 {
		t.Fatal("printed with the cover open")
	}
	v.SetCoverOpen(false)
	if v.Held() != 0 || len(v.Paths()) != 1 {
		t.Fatalf("after closing the cover: held %d, saved %v", v.Held(), v.Paths())
	}
	checkTicketFiles(t, v.Paths()[0])
}

type change struct {
	s   escpos.Status
	err error
}

// watch runs p.Watch until the test ends and returns its reports.
func watch(t *testing.T, p *escpos.Printer) <-chan change {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	changes := make(chan change, 16)
	done := make(chan error)
	go func() { done <- p.Watch(ctx, func(s escpos.Status, err error) { changes <- change{s, err} }) }()
	t.Cleanup(func() {
		cancel()
		<-done
	})
	return changes
}

func expect(t *testing.T, changes <-chan change, want escpos.Status) {
	t.Helper()
	select {
	case c := <-changes:
		if c.err != nil || c.s != want {
			t.Fatalf("reported %+v, %v; want %+v", c.s, c.err, want)
		}
	case <-time.After(5 * time.Second):
		t.Fatalf("no report of %+v", want)
	}
}

// TestStatusChangesReachWatch: what is done to the virtual printer reaches
// the API the kiosk watches, by polling in process and by Automatic Status
// Back over TCP.
func TestStatusChangesReachWatch(t *testing.T) {
	v := newVirtual(t, t.TempDir())
	srv, err := v.ListenTCP("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	conn, err := net.Dial("tcp", srv.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	asb := *quick
	asb.Poll, asb.ASB = time.Hour, true // only ASB can tell a change in time
	polled := watch(t, escpos.NewPrinter(v, quick))
	pushed := watch(t, escpos.NewPrinter(conn, &asb))
	steps := []struct {
		set  func()
		want escpos.Status
	}{
		{func() {}, escpos.Status{Online: true}},
		{func() { v.SetPaperNearEnd(true) }, escpos.Status{Online: true, PaperNearEnd: true}},
		{func() { v.SetPaperOut(true) }, escpos.Status{PaperOut: true, PaperNearEnd: true}},
		{func() { v.SetPaperOut(false) }, escpos.Status{Online: true}},
		{func() { v.SetCoverOpen(true) }, escpos.Status{CoverOpen: true}},
		{func() { v.SetCoverOpen(false) }, escpos.Status{Online: true}},
	}
	for _, s := range steps {
		s.set()
		expect(t, polled, s.want)
		expect(t, pushed, s.want)
	}
}

func TestVirtualOverTCP(t *testing.T) {
	v := newVirtual(t, t.TempDir())
	srv, err := v.ListenTCP("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	conn, err := net.Dial("tcp", srv.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	p := escpos.NewPrinter(conn, quick)
	ticket := goldenTicket(t)
	// Garbage is reported and the next ticket prints.
	if _, err := conn.Write([]byte("\x1b@\x1bZ")); err != nil {
		t.Fatal(err)
	}
	if err := p.Print(ticket); err != nil {
		t.Fatal(err)
	}
	if err := p.Print(ticket); err != nil {
		t.Fatal(err)
	}
	waitFor(t, func() bool { return len(v.Paths()) == 2 }) // the server prints after Print returns
	checkTicketFiles(t, v.Paths()[1])
	var de *escpostest.DecodeError
	if errs := v.Errors(); len(errs) != 1 || !errors.As(errs[0], &de) || de.Offset != 2 {
		t.Errorf("Errors() = %v, want the unknown ESC Z at offset 2", errs)
	}
	// Switched off: the connection ends.
	if err := srv.Close(); err != nil {
		t.Fatal(err)
	}
	if err := p.Print(ticket); err == nil {
		t.Fatal("printed to a closed server")
	}
}

func TestVirtualOnPTY(t *testing.T) {
	v := newVirtual(t, t.TempDir())
	pt, err := v.ServePTY()
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	defer pt.Close()
	port, err := os.OpenFile(pt.Path(), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer port.Close()
	p := escpos.NewPrinter(port, quick)
	v.SetPaperNearEnd(true)
	if err := p.Print(goldenTicket(t)); err != nil {
		t.Fatal(err)
	}
	if s, _ := p.Last(); !s.PaperNearEnd {
		t.Errorf("Last() = %+v, want paper near end", s)
	}
	waitFor(t, func() bool { return len(v.Paths()) == 1 })
	checkTicketFiles(t, v.Paths()[0])
	// Hang-up: the printer's side closes.
	if err := pt.Close(); err != nil {
		t.Fatal(err)
	}
	if err := p.Print(goldenTicket(t)); err == nil {
		t.Fatal("printed after the hang-up")
	} else {
		t.Logf("after the hang-up: %v", err)
	}
}

// waitFor waits for cond, which the printer's goroutine makes true.
func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	for start := time.Now(); !cond(); time.Sleep(5 * time.Millisecond) {
		if time.Since(start) > 5*time.Second {
			t.Fatal("timed out")
		}
	}
}
