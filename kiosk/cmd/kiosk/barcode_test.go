//go:build linux

package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/creack/pty"
)

// card is what a Kela card's barcode carries: a test identity's
// henkilötunnus (individual number 900-999).
const card = "010280-952L"

// scans are the codes the kiosk window was handed.
type scans chan string

func (s scans) Scan(code string) { s <- code }

func (s scans) next(t *testing.T) string {
	t.Helper()
	select {
	case c := <-s:
		return c
	case <-time.After(5 * time.Second):
		t.Fatal("the kiosk got no code")
		return ""
	}
}

// plugIn is a reader plugged in: a pseudo-terminal whose tty the stable
// name link points to, as udev's /dev/serial/by-id names do. Writing to
// the returned master is the reader sending.
func plugIn(t *testing.T, link string) *os.File {
	t.Helper()
	master, tty, err := pty.Open()
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	t.Cleanup(func() { master.Close(); tty.Close() })
	tmp := link + ".new"
	if err := os.Symlink(tty.Name(), tmp); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, link); err != nil {
		t.Fatal(err)
	}
	return master
}

func send(t *testing.T, reader *os.File, s string) {
	t.Helper()
	if _, err := reader.Write([]byte(s)); err != nil {
		t.Fatal(err)
	}
}

// The reader loop hands good codes to the kiosk, logs a bad scan by its
// kind of fault only, and opens the reader again after it was unplugged.
func TestReadCodesFromASerialReader(t *testing.T) {
	link := filepath.Join(t.TempDir(), "usb-barcode-reader")
	reader := plugIn(t, link)
	var buf syncBuffer
	got := make(scans, 4)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		readCodes(ctx, "serial:"+link, got, textLog(&buf), 50*time.Millisecond)
	}()
	defer func() { cancel(); <-done }()
	buf.waitFor(t, `msg="barcode reader ready"`)

	send(t, reader, card+"\r\n")
	if c := got.next(t); c != card {
		t.Fatalf("the kiosk got %q, want the card's code", c)
	}
	buf.waitFor(t, `msg="code scanned" scan="personal identity code scan of 11 bytes`)

	// A scan garbled on the line, then one longer than any code a card carries
	// (the code inside it), then a good one: the two bad ones are logged by
	// their fault, and the reader goes on.
	send(t, reader, "01\x0702\x1b80-952L\r\n"+strings.Repeat("X", 600)+card+"\r\nKELA-2\r\n")
	if c := got.next(t); c != "KELA-2" {
		t.Fatalf("after two bad scans the kiosk got %q, want KELA-2", c)
	}
	buf.waitFor(t, `msg="unreadable scan" err="barcode: unreadable code"`)
	buf.waitFor(t, `msg="unreadable scan" err="barcode: code too long"`)

	// Unplugged: the loop says so, finds nothing at the name while it is
	// out, and reads the reader plugged back in.
	reader.Close()
	buf.waitFor(t, `msg="barcode reader stopped"`)
	os.Remove(link)
	buf.waitFor(t, `msg="barcode reader not available"`)
	reader = plugIn(t, link)
	buf.waitForN(t, `msg="barcode reader ready"`, 2)
	send(t, reader, "AGAIN-3\r\n")
	if c := got.next(t); c != "AGAIN-3" {
		t.Fatalf("after plugging back in the kiosk got %q, want AGAIN-3", c)
	}

	if log := buf.String(); strings.Contains(log, "952L") || strings.Contains(log, "XXX") || strings.Contains(log, "KELA") {
		t.Errorf("the log shows what was scanned:\n%s", log)
	}
	t.Logf("log:\n%s", buf.String())
}

func TestOpenReaderRefusesABadSpec(t *testing.T) {
	for spec, says := range map[string]string{
		"serial:/dev/ttyACM0@fast": `baud "fast"`,
		"bluetooth:00:11":          "want serial:PATH[@BAUD] or evdev:PATH",
		"serial:/dev/no-such-tty":  "barcode: open /dev/no-such-tty",
	} {
		if _, _, err := openReader(spec); err == nil || !strings.Contains(err.Error(), says) {
			t.Errorf("openReader(%q) = %v, want it to say %q", spec, err, says)
		}
	}
}
