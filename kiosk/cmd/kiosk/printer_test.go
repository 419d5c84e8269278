package main

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"vuoro/drivers/escpos"
	"vuoro/drivers/escpos/escpostest"
	"vuoro/drivers/printer"
	"vuoro/kiosk/flow"
	"vuoro/shared/wire"
)

func TestParsePrinter(t *testing.T) {
	tests := []struct {
		spec    string
		want    printer.Spec
		wantErr bool
	}{
		{spec: "virtual:/tmp/tickets", want: printer.Spec{Kind: printer.Virtual, Path: "/tmp/tickets"}},
		{spec: "virtual:C:/x", want: printer.Spec{Kind: printer.Virtual, Path: "C:/x"}},
		{spec: "serial:/dev/ttyUSB0", want: printer.Spec{Kind: printer.Serial, Path: "/dev/ttyUSB0", Baud: 38400}},
		{spec: "serial:/dev/ttyUSB0@9600", want: printer.Spec{Kind: printer.Serial, Path: "/dev/ttyUSB0", Baud: 9600}},
		{spec: "usb:/dev/usb/lp0", want: printer.Spec{Kind: printer.USB, Path: "/dev/usb/lp0"}},
		{spec: "tcp:192.0.2.1:9100", want: printer.Spec{Kind: printer.TCP, Addr: "192.0.2.1:9100"}},
		{spec: "tcp:192.0.2.1", want: printer.Spec{Kind: printer.TCP, Addr: "192.0.2.1:9100"}},
		{spec: "virtual:", wantErr: true},
		{spec: "virtual", wantErr: true},
		{spec: "serial:/dev/ttyUSB0@fast", wantErr: true},
		{spec: "bluetooth:x", wantErr: true},
	}
	for _, tt := range tests {
		got, err := parsePrinter(tt.spec)
		if (err != nil) != tt.wantErr || got != tt.want {
			t.Errorf("parsePrinter(%q) = %+v, %v", tt.spec, got, err)
		}
		if err != nil && !strings.HasPrefix(err.Error(), "kiosk: printer ") {
			t.Errorf("parsePrinter(%q) error %q", tt.spec, err)
		}
	}
}

func TestParsePaper(t *testing.T) {
	for _, mm := range []int{80, 58} {
		if _, err := parsePaper(mm); err != nil {
			t.Errorf("parsePaper(%d) = %v", mm, err)
		}
	}
	if _, err := parsePaper(110); err == nil {
		t.Error("parsePaper(110) accepted")
	}
}

// issuer hands out R19.
type issuer struct{}

func (issuer) Issue(context.Context, string, string) (wire.Ticket, error) {
	return wire.Ticket{CallID: "R19", Ahead: 2, Issued: time.Date(2026, 11, 22, 8, 15, 0, 0, time.UTC)}, nil
}

type helper struct{}

func (helper) Help(context.Context, flow.HelpCall) (uint64, error) { return 1, nil }

// checkIn runs a check-in on the kiosk's flow with printer p.
func checkIn(t *testing.T, p flow.Printer) (flow.State, error) {
	t.Helper()
	m, err := flow.New(flow.Options{Issuer: issuer{}, Printer: p, Helper: helper{}})
	if err != nil {
		t.Fatal(err)
	}
	m.SetCatalog(&wire.Catalog{Site: wire.Site{WaitingRoom: "Odotusaula Lahti", TimeZone: "Europe/Helsinki"},
		Agencies: []wire.Agency{{ID: "vero", Names: wire.Names{"fi": "Verohallinto"},
			Services: []wire.Service{{ID: "vero-veroasiat", Letter: "R", Open: true, Names: wire.Names{"fi": "Veroasiat"}}}}}})
	m.Start()
	m.ChooseAgency("vero")
	job := m.ChooseService("vero-veroasiat")
	if job == nil {
		t.Fatal("no job for the service")
	}
	r := job.Run(context.Background())
	m.Apply(r)
	return m.State(), r.Err()
}

// TestPaperOutReachesTheKiosk: out of paper, the kiosk is told so as an
// error, shows the number on the screen, and prints again once the roll
// is changed.
func TestPaperOutReachesTheKiosk(t *testing.T) {
	p, err := openPrinter("virtual:"+t.TempDir(), 80)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	p.virtual.SetPaperOut(true)
	st, err := checkIn(t, p)
	if !errors.Is(err, escpos.ErrPaperOut) {
		t.Fatalf("the job's error = %v, want paper out", err)
	}
	if st.Screen != flow.ScreenFailed || st.Number != "R19" || st.Error == "" {
		t.Fatalf("the kiosk shows %v %q %q, want the number and the printer's failure", st.Screen, st.Number, st.Error)
	}
	p.virtual.SetPaperOut(false)
	if st, err := checkIn(t, p); err != nil || st.Screen != flow.ScreenSuccess {
		t.Fatalf("after a new roll: %v, %v", st.Screen, err)
	}
	if n := len(p.virtual.Paths()); n != 1 {
		t.Errorf("%d tickets printed, want 1", n)
	}
}

// TestNetworkPrinter prints a check-in on a printer at a TCP port, as
// -printer tcp:HOST:9100 does.
func TestNetworkPrinter(t *testing.T) {
	v, err := escpostest.NewVirtual(t.TempDir(), escpos.Paper58)
	if err != nil {
		t.Fatal(err)
	}
	srv, err := v.ListenTCP("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	p, err := openPrinter("tcp:"+srv.Addr().String(), 58)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	if st, err := checkIn(t, p); err != nil || st.Screen != flow.ScreenSuccess {
		t.Fatalf("check-in: %v, %v", st.Screen, err)
	}
	for start := time.Now(); len(v.Receipts()) == 0; time.Sleep(5 * time.Millisecond) {
		if time.Since(start) > 5*time.Second {
			t.Fatal("nothing printed")
		}
	}
	if text := v.Receipts()[0].Text(); !strings.Contains(text, "\nR19\n") || !strings.Contains(text, `[CODE128 "R19"]`) {
		t.Errorf("printed %q", text)
	}
}

// TestWatchLogs: what happens to the printer reaches the kiosk's log.
func TestWatchLogs(t *testing.T) {
	p, err := openPrinter("virtual:"+t.TempDir(), 80)
	if err != nil {
		t.Fatal(err)
	}
	p.status = escpos.NewPrinter(p.virtual, &escpos.Options{Poll: 10 * time.Millisecond})
	var buf syncBuffer
	log := textLog(&buf)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- p.Watch(ctx, log, func(wire.Health) {}) }()
	want := []string{
		`level=INFO msg="printer ready" printer=virtual:`,
		`level=WARN msg="printer paper near end" printer=virtual:`,
		`level=ERROR msg="printer cannot print" printer=virtual:`,
	}
	buf.waitFor(t, want[0])
	p.virtual.SetPaperNearEnd(true)
	buf.waitFor(t, want[1])
	p.virtual.SetCoverOpen(true)
	buf.waitFor(t, want[2])
	cancel()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Errorf("Watch = %v", err)
	}
	if !strings.Contains(buf.String(), `status="offline, cover open, paper near end"`) {
		t.Errorf("log:\n%s", buf.String())
	}
}

// textLog logs to buf as text, without times.
func textLog(buf *syncBuffer) *slog.Logger {
	return slog.New(slog.NewTextHandler(buf, &slog.HandlerOptions{ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey {
			return slog.Attr{}
		}
		return a
	}}))
}

// syncBuffer is a log written by one goroutine and read by another.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// waitFor waits until the log holds s.
func (b *syncBuffer) waitFor(t *testing.T, s string) {
	t.Helper()
	b.waitForN(t, s, 1)
}

// waitForN waits until the log holds s n times.
func (b *syncBuffer) waitForN(t *testing.T, s string, n int) {
	t.Helper()
	for start := time.Now(); strings.Count(b.String(), s) < n; time.Sleep(5 * time.Millisecond) {
		if time.Since(start) > 5*time.Second {
			t.Fatalf("the log lacks %q %d times:\n%s", s, n, b.String())
		}
	}
}
