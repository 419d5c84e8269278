//go:build linux

package barcode

import (
	"context"
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/creack/pty"
	"golang.org/x/sys/unix"
)

// openPTY opens a pseudo-terminal, makes its tty side raw, and opens that
// side with OpenSerial as a kiosk opens /dev/ttyACM0. Writing to the
// returned master is the barcode reader sending.
func openPTY(t *testing.T, o Options) (*os.File, *Reader) {
	t.Helper()
	master, tty, err := pty.Open()
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	t.Cleanup(func() { master.Close() })
	if err := makeRaw(tty); err != nil {
		t.Fatal(err)
	}
	rd, closer, err := OpenSerial(tty.Name(), 9600, o)
	tty.Close()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { closer.Close() })
	return master, rd
}

// makeRaw is cfmakeraw(3).
func makeRaw(f *os.File) error {
	tio, err := unix.IoctlGetTermios(int(f.Fd()), unix.TCGETS)
	if err != nil {
		return err
	}
	tio.Iflag &^= unix.IGNBRK | unix.BRKINT | unix.PARMRK | unix.ISTRIP | unix.INLCR | unix.IGNCR | unix.ICRNL | unix.IXON
	tio.Oflag &^= unix.OPOST
	tio.Lflag &^= unix.ECHO | unix.ECHONL | unix.ICANON | unix.ISIG | unix.IEXTEN
	tio.Cflag &^= unix.CSIZE | unix.PARENB
	tio.Cflag |= unix.CS8
	return unix.IoctlSetTermios(int(f.Fd()), unix.TCSETS, tio)
}

func nextWithin(t *testing.T, rd *Reader, d time.Duration) (Scan, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	return rd.Next(ctx)
}

func TestPTYLineEnds(t *testing.T) {
	master, rd := openPTY(t, Options{RepeatWindow: -1})
	for _, chunk := range []string{"CR-1\r", "LF-2\n", "CRLF-3\r\n", "SPLIT-4\r", "\nSPLIT-5\r\n", "ÄÖ-6\r\n"} {
		if _, err := master.Write([]byte(chunk)); err != nil {
			t.Fatal(err)
		}
	}
	for _, want := range []string{"CR-1", "LF-2", "CRLF-3", "SPLIT-4", "SPLIT-5", "ÄÖ-6"} {
		s, err := nextWithin(t, rd, 5*time.Second)
		if err != nil || s.Code != want {
			t.Fatalf("Next = %q, %v; want %q", s.Code, err, want)
		}
	}
}

func TestPTYBadCodesThenGood(t *testing.T) {
	master, rd := openPTY(t, Options{MaxLen: 32})
	master.Write([]byte("NOI\x07SE\r\nGOOD-1\r\n" + strings.Repeat("L", 100) + "\r\nGOOD-2\r\n"))
	for _, want := range codes(ErrGarbage, "GOOD-1", ErrTooLong, "GOOD-2") {
		s, err := nextWithin(t, rd, 5*time.Second)
		if s.Code != want.code || !errors.Is(err, want.err) {
			t.Fatalf("Next = %q, %v; want %v", s.Code, err, want)
		}
	}
}

func TestPTYRepeatWindow(t *testing.T) {
	clock := newFakeNow()
	master, rd := openPTY(t, Options{Now: clock.Now})
	send := func(s string) {
		if _, err := master.Write([]byte(s)); err != nil {
			t.Fatal(err)
		}
	}
	send("CARD\r\n")
	if s, err := nextWithin(t, rd, 5*time.Second); err != nil || s.Code != "CARD" || !s.At.Equal(clock.Now()) {
		t.Fatalf("Next = %v, %v", s, err)
	}
	clock.Advance(time.Second)
	send("CARD\r\nOTHER\r\n")
	if s, err := nextWithin(t, rd, 5*time.Second); err != nil || s.Code != "OTHER" {
		t.Fatalf("Next = %q, %v; want the repeat dropped", s.Code, err)
	}
}

func TestPTYQuietLineHonoursContext(t *testing.T) {
	_, rd := openPTY(t, Options{})
	start := time.Now()
	_, err := nextWithin(t, rd, 300*time.Millisecond)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Next on a quiet line = %v, want the deadline", err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Fatalf("Next took %v to see its deadline", d)
	}
}

func TestPTYHangUp(t *testing.T) {
	master, rd := openPTY(t, Options{})
	master.Write([]byte("LAST\r\n"))
	if s, err := nextWithin(t, rd, 5*time.Second); err != nil || s.Code != "LAST" {
		t.Fatalf("Next = %q, %v", s.Code, err)
	}
	master.Close()
	_, err := nextWithin(t, rd, 5*time.Second)
	if !errors.Is(err, ErrUnplugged) {
		t.Fatalf("Next after hang-up = %v, want ErrUnplugged", err)
	}
	t.Logf("after hang-up: %v", err)
	if _, again := nextWithin(t, rd, time.Second); !errors.Is(again, ErrUnplugged) {
		t.Fatalf("Next again = %v", again)
	}
}

func TestOpenSerialMissing(t *testing.T) {
	_, _, err := OpenSerial("/dev/no-such-tty", 9600, Options{})
	if err == nil || !strings.HasPrefix(err.Error(), "barcode: ") {
		t.Fatalf("OpenSerial = %v", err)
	}
}
