package barcode

import (
	"bytes"
	"context"
	"errors"
	"testing"
	"unicode"
	"unicode/utf8"

	"vuoro/drivers/internal/evdev"
)

// fuzzMaxLen is small so that the fuzzer reaches the length limit.
const fuzzMaxLen = 16

// checkStream reads r to its end and checks every result: each call gives
// a good code or an error, and the Reader ends, with ErrUnplugged, within
// one call per input byte.
func checkStream(t *testing.T, r *Reader, inputLen int) {
	for range inputLen + 2 {
		s, err := r.Next(context.Background())
		switch {
		case errors.Is(err, ErrUnplugged):
			return
		case errors.Is(err, ErrGarbage), errors.Is(err, ErrTooLong):
			if s.Code != "" {
				t.Fatalf("error %v with code %q", err, s.Code)
			}
		case err != nil:
			t.Fatalf("unexpected error %v", err)
		default:
			checkCode(t, s.Code)
		}
	}
	t.Fatalf("Reader did not end within %d calls", inputLen+2)
}

func checkCode(t *testing.T, code string) {
	if code == "" || len(code) > fuzzMaxLen || !utf8.ValidString(code) {
		t.Fatalf("bad code %q", code)
	}
	for _, r := range code {
		if !unicode.IsPrint(r) {
			t.Fatalf("code %q has %U", code, r)
		}
	}
}

// FuzzEvdev decodes data as raw input events or, with keys set, as key
// events: each two bytes a key code and a value (release, press, repeat),
// which reaches the keyboard's states far sooner.
func FuzzEvdev(f *testing.F) {
	f.Add(new(events).text("010280-952L").enter().Bytes(), false)
	f.Add(new(events).shifted(keyRightShift, kA).alt(kKP0, kKP1, kKP9, kKP6).tap(keyKPEnter).Bytes(), false)
	f.Add(new(events).text("TOO LONG FOR FUZZ").enter().text("OK").enter().Bytes(), false)
	f.Add(new(events).tap(kF1).enter().key(kA, keyRepeat).Bytes()[:eventSize*5-1], false)
	f.Add([]byte{keyLeftAlt, 1, kKP0, 1, kKP1, 1, kKP9, 1, kKP6, 1, keyLeftAlt, 0, keyEnter, 1}, true)
	f.Add([]byte{keyCapsLock, 1, kA, 1, keyLeftShift, 1, kB, 1, keyLeftCtrl, 1, kC, 1, keyKPEnter, 1}, true)
	f.Fuzz(func(t *testing.T, data []byte, keys bool) {
		if keys {
			data = keyEvents(data)
		}
		r := NewEvdev(bytes.NewReader(data), Options{MaxLen: fuzzMaxLen, RepeatWindow: -1})
		checkStream(t, r, len(data))
	})
}

func keyEvents(pairs []byte) []byte {
	var e events
	for i := 0; i+1 < len(pairs); i += 2 {
		e.add(evdev.EvKey, uint16(pairs[i]), int32(pairs[i+1]%3))
	}
	return e.Bytes()
}

func FuzzSerial(f *testing.F) {
	f.Add([]byte("010280-952L\r\nVUORO-12\rX\n"))
	f.Add([]byte("AB\x01\r\xff\r\n\r\n\rÄÖ\r"))
	f.Add([]byte("0123456789abcdefghij\rOK\r"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r := NewSerial(bytes.NewReader(data), Options{MaxLen: fuzzMaxLen, RepeatWindow: -1})
		checkStream(t, r, len(data))
	})
}
