package barcode

import (
	"bytes"
	"errors"
	"io"
	"os"
	"strings"
	"testing"

	"vuoro/drivers/internal/evdev"
)

// Key codes used by the tests, from <linux/input-event-codes.h>.
const (
	kA, kB, kC, kZ = 30, 48, 46, 44
	k1, k0, kMinus = 2, 11, 12
	kSlash, kSpace = 53, 57
	kKP0, kKP1     = 82, 79
	kKP2, kKP4     = 80, 75
	kKP6, kKP8     = 77, 72
	kKP9           = 73
	kF1            = 59
)

// events builds a stream of struct input_event as the kernel sends it.
type events struct{ bytes.Buffer }

func (e *events) add(typ, code uint16, value int32) *events {
	e.Write(evdev.Append(nil, evdev.Event{Type: typ, Code: code, Value: value}))
	return e
}

// key sends one key event and the EV_MSC scan code and EV_SYN report a
// real keyboard sends around it.
func (e *events) key(code uint16, value int32) *events {
	return e.add(4, 4, 0x70004).add(evdev.EvKey, code, value).add(0, 0, 0)
}

func (e *events) tap(codes ...uint16) *events {
	for _, c := range codes {
		e.key(c, keyPress).key(c, keyRelease)
	}
	return e
}

// shifted taps codes with Shift held.
func (e *events) shifted(shift uint16, codes ...uint16) *events {
	e.key(shift, keyPress)
	e.tap(codes...)
	return e.key(shift, keyRelease)
}

// alt types an Alt code on the keypad.
func (e *events) alt(digits ...uint16) *events {
	e.key(keyLeftAlt, keyPress)
	e.tap(digits...)
	return e.key(keyLeftAlt, keyRelease)
}

func (e *events) enter() *events { return e.tap(keyEnter) }

// text types s with the US keymap, pressing Shift where needed.
func (e *events) text(s string) *events {
	for _, r := range s {
		code, shift := keyFor(r)
		if shift {
			e.shifted(keyLeftShift, code)
		} else {
			e.tap(code)
		}
	}
	return e
}

func keyFor(r rune) (code uint16, shift bool) {
	for c, chars := range usKeys {
		if c < 71 && chars[0] == r {
			return c, false
		}
	}
	for c, chars := range usKeys {
		if c < 71 && chars[1] == r {
			return c, true
		}
	}
	panic("no key types " + string(r))
}

func readEvents(t *testing.T, e *events, o Options) []result {
	t.Helper()
	return readAll(t, NewEvdev(bytes.NewReader(e.Bytes()), o))
}

func TestEvdevKeys(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   *events
		want string
	}{
		{"lower case", new(events).tap(kA, kB, kC, k1, k0).enter(), "abc10"},
		{"left shift", new(events).tap(kA).shifted(keyLeftShift, kB, kC).tap(kZ).enter(), "aBCz"},
		{"right shift", new(events).shifted(keyRightShift, kA, k1, kMinus, kSlash).enter(), "A!_?"},
		{"caps lock", new(events).tap(keyCapsLock, kA, k1).shifted(keyLeftShift, kB).tap(keyCapsLock, kC).enter(), "A1bc"},
		{"symbols", new(events).text(`-=[]\;',./` + "`" + ` !@#$%^&*()_+{}|:"<>?~`).enter(), `-=[]\;',./` + "`" + ` !@#$%^&*()_+{}|:"<>?~`},
		{"all letters", new(events).text("The Quick Brown Fox Jumps Over The Lazy Dog").enter(), "The Quick Brown Fox Jumps Over The Lazy Dog"},
		{"keypad enter", new(events).text("VUORO-123").tap(keyKPEnter), "VUORO-123"},
		{"keypad digits", new(events).tap(kKP1, kKP0, 74, 83, 55, 98, 78).enter(), "10-.*/+"},
		{"hetu", new(events).text("010280-952L").enter(), "010280-952L"},
		{"alt 0196", new(events).alt(kKP0, kKP1, kKP9, kKP6).enter(), "Ä"},
		{"alt 196", new(events).alt(kKP1, kKP9, kKP6).enter(), "Ä"},
		{"alt cp1252", new(events).tap(kA).alt(kKP0, kKP1, kKP2, kKP8).tap(kB).enter(), "a€b"}, // 0128
		{"alt unicode", new(events).alt(kKP1, kKP0, kKP0, kKP0, kKP4).enter(), "✔"},            // 10004
		{"shift held over alt", new(events).key(keyLeftShift, keyPress).alt(kKP0, kKP1, kKP9, kKP6).tap(kA).key(keyLeftShift, keyRelease).enter(), "ÄA"},
		{"autorepeat ignored", new(events).key(kA, keyPress).key(kA, keyRepeat).key(kA, keyRepeat).key(kA, keyRelease).enter(), "a"},
		{"alt without digits", new(events).tap(keyLeftAlt, kA).enter(), "a"},
		{"held modifiers and right alt", new(events).tap(keyLeftMeta, keyRightAlt, keyNumLock, kB).enter(), "b"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkResults(t, readEvents(t, tc.in, Options{}), codes(tc.want), io.EOF)
		})
	}
}

func TestEvdevBadCodesThenGood(t *testing.T) {
	in := new(events).
		text("AB").tap(kF1).text("C").enter(). // F1 types nothing
		text("GOOD1").enter().
		text("X").key(keyLeftCtrl, keyPress).tap(kC).key(keyLeftCtrl, keyRelease).enter().
		alt(kKP0, kKP1, kKP2, kKP9).enter(). // 0129 is unassigned in Windows-1252
		key(keyLeftAlt, keyPress).tap(kA).key(keyLeftAlt, keyRelease).enter().
		alt(kKP9, kKP9, kKP9, kKP9, kKP9, kKP9, kKP9, kKP9).enter().
		text(strings.Repeat("7", 20)).enter().
		text("GOOD2").enter().
		enter().enter() // empty codes are nothing
	want := codes(ErrGarbage, "GOOD1", ErrGarbage, ErrGarbage, ErrGarbage, ErrGarbage, ErrTooLong, "GOOD2")
	checkResults(t, readEvents(t, in, Options{MaxLen: 10}), want, io.EOF)
}

func TestEvdevRepeatWindow(t *testing.T) {
	clock := newFakeNow()
	in := new(events).text("CARD").enter().text("CARD").enter()
	checkResults(t, readEvents(t, in, Options{Now: clock.Now}), codes("CARD"), io.EOF)
}

func TestEvdevTruncatedEvent(t *testing.T) {
	in := new(events).text("OK").enter()
	in.Write(make([]byte, eventSize-3))
	got := readEvents(t, in, Options{})
	checkResults(t, got, codes("OK"), io.ErrUnexpectedEOF)
	if !errors.Is(got[len(got)-1].err, ErrUnplugged) {
		t.Fatalf("end = %v, want ErrUnplugged", got[len(got)-1].err)
	}
}

func TestEvdevEventsSplitAcrossReads(t *testing.T) {
	in := new(events).text("Split Reads").enter()
	rd := NewEvdev(&smallReads{data: in.Bytes(), n: 7}, Options{})
	checkResults(t, readAll(t, rd), codes("Split Reads"), io.EOF)
}

func TestEvdevCodeLeftOpenAtEOF(t *testing.T) {
	in := new(events).text("DONE").enter().text("HALF")
	checkResults(t, readEvents(t, in, Options{}), codes("DONE"), ErrUnplugged)
}

// smallReads returns at most n bytes a read.
type smallReads struct {
	data []byte
	n    int
}

func (s *smallReads) Read(b []byte) (int, error) {
	if len(s.data) == 0 {
		return 0, io.EOF
	}
	n := copy(b[:min(len(b), s.n)], s.data)
	s.data = s.data[n:]
	return n, nil
}

func TestOpenEvdevNotAnInputDevice(t *testing.T) {
	_, _, err := OpenEvdev(os.DevNull, Options{})
	if err == nil || !strings.HasPrefix(err.Error(), "barcode: ") {
		t.Fatalf("OpenEvdev(%s) = %v, want an error", os.DevNull, err)
	}
	if _, _, err := OpenEvdev("/dev/input/no-such-event", Options{}); err == nil {
		t.Fatal("OpenEvdev of a missing device succeeded")
	}
}
