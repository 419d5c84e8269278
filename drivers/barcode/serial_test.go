package barcode

import (
	"bytes"
	"context"
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"
	"time"
)

func TestSerialLineEnds(t *testing.T) {
	in := "A1\rB2\nC3\r\nD4\n\r\n\rE5\r\r\n"
	want := codes("A1", "B2", "C3", "D4", "E5")
	for name, r := range map[string]io.Reader{
		"whole":         strings.NewReader(in),
		"byte a read":   iotest.OneByteReader(strings.NewReader(in)),
		"data with EOF": iotest.DataErrReader(strings.NewReader(in)),
	} {
		t.Run(name, func(t *testing.T) {
			rd := NewSerial(r, Options{RepeatWindow: -1})
			checkResults(t, readAll(t, rd), want, ErrUnplugged)
		})
	}
}

func TestSerialBadCodesThenGood(t *testing.T) {
	long := strings.Repeat("9", DefaultMaxLen+1)
	in := "OK1\rAB\x01C\r\xff\xfe\rGOOD\r" + long + "\rNEXT\r" + strings.Repeat("x", DefaultMaxLen) + "\r"
	rd := NewSerial(strings.NewReader(in), Options{})
	want := codes("OK1", ErrGarbage, ErrGarbage, "GOOD", ErrTooLong, "NEXT", strings.Repeat("x", DefaultMaxLen))
	checkResults(t, readAll(t, rd), want, io.EOF)
}

func TestSerialTooLongWithoutEnd(t *testing.T) {
	rd := NewSerial(strings.NewReader(strings.Repeat("x", 100)+"\nAB\n"), Options{MaxLen: 10})
	checkResults(t, readAll(t, rd), codes(ErrTooLong, "AB"), io.EOF)
}

func TestSerialUTF8(t *testing.T) {
	rd := NewSerial(strings.NewReader("ÄÖÅ-€\r"), Options{})
	checkResults(t, readAll(t, rd), codes("ÄÖÅ-€"), ErrUnplugged)
}

func TestRepeatWindow(t *testing.T) {
	// Each code is read at the next of these times (in milliseconds).
	t0 := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	times := []time.Duration{0, 1000, 2000, 2100, 2200, 4000, 4100}
	now := func() time.Time {
		t := t0.Add(times[0] * time.Millisecond)
		times = times[1:]
		return t
	}
	rd := NewSerial(strings.NewReader("A\rA\rA\rB\rA\rA\rA\r"), Options{Now: now})
	// The second A is within the window of the first; the third within
	// that of the second, so a card left on the reader gives one scan.
	// The A after B is new, and so is the A 1.8 s after it.
	want := []struct {
		code string
		at   time.Duration
	}{{"A", 0}, {"B", 2100}, {"A", 2200}, {"A", 4000}}
	for _, w := range want {
		s, err := rd.Next(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if at := s.At.Sub(t0); s.Code != w.code || at != w.at*time.Millisecond {
			t.Fatalf("scan %q at %v, want %q at %d ms", s.Code, at, w.code, w.at)
		}
	}
	if _, err := rd.Next(context.Background()); !errors.Is(err, ErrUnplugged) {
		t.Fatalf("the last A within the window: got %v, want ErrUnplugged", err)
	}
}

func TestNextStopsOnContext(t *testing.T) {
	rd := NewSerial(quietDevice{}, Options{})
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	if _, err := rd.Next(ctx); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Next = %v, want the deadline", err)
	}
	// A done ctx does not end the Reader.
	rd.dec.(*lineDecoder).in.r = strings.NewReader("X\r")
	if s, err := rd.Next(context.Background()); err != nil || s.Code != "X" {
		t.Fatalf("Next after the deadline = %q, %v", s.Code, err)
	}
}

func TestReadErrorEndsReader(t *testing.T) {
	boom := errors.New("boom")
	rd := NewSerial(iotest.ErrReader(boom), Options{})
	for range 2 {
		_, err := rd.Next(context.Background())
		if !errors.Is(err, boom) || errors.Is(err, ErrUnplugged) || !strings.HasPrefix(err.Error(), "barcode: ") {
			t.Fatalf("Next = %v", err)
		}
	}
}

func TestScanPrintsNoCode(t *testing.T) {
	s := Scan{Code: "010280-952L", At: time.Date(2026, 3, 2, 9, 30, 0, 0, time.UTC)}
	for _, got := range []string{s.String(), s.GoString()} {
		if strings.Contains(got, "952L") || !strings.Contains(got, "personal identity code") {
			t.Errorf("printed %q", got)
		}
	}
}

// quietDevice is a device with nothing to say: every read returns at once
// with nothing, as a serial port's read timeout does.
type quietDevice struct{}

func (quietDevice) Read([]byte) (int, error) {
	time.Sleep(time.Millisecond)
	return 0, nil
}

func TestQuietReader(t *testing.T) {
	slowEOF := readerFunc(func([]byte) (int, error) {
		time.Sleep(20 * time.Millisecond)
		return 0, io.EOF
	})
	if n, err := (quietReader{slowEOF, 20 * time.Millisecond}).Read(make([]byte, 8)); n != 0 || err != nil {
		t.Errorf("a timed-out read gave %d, %v; want 0, nil", n, err)
	}
	fastEOF := readerFunc(func([]byte) (int, error) { return 0, io.EOF })
	rd := NewSerial(quietReader{fastEOF, time.Second}, Options{})
	if _, err := rd.Next(context.Background()); !errors.Is(err, ErrUnplugged) {
		t.Errorf("a hung-up line gave %v, want ErrUnplugged", err)
	}
	data := quietReader{bytes.NewReader([]byte("Z\n")), time.Second}
	checkResults(t, readAll(t, NewSerial(data, Options{})), codes("Z"), ErrUnplugged)
}

type readerFunc func([]byte) (int, error)

func (f readerFunc) Read(b []byte) (int, error) { return f(b) }
