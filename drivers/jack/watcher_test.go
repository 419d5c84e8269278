package jack

import (
	"errors"
	"io"
	"os"
	"slices"
	"testing"
	"time"

	"vuoro/drivers/internal/evdev"
)

// events builds the bytes a jack's input device sends.
type events []byte

func (e events) add(typ, code uint16, value int32) events {
	return evdev.Append(e, evdev.Event{Type: typ, Code: code, Value: value})
}

// sw is one switch change and its report, as the codec driver sends it.
func (e events) sw(code uint16, value int32) events {
	return e.add(evdev.EvSw, code, value).add(evdev.EvSyn, evdev.SynReport, 0)
}

// pipe returns a Watcher reading the read end of an os.Pipe, and the
// write end, closed when the test ends.
func pipe(t *testing.T, plugged bool) (*Watcher, *os.File) {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Close(); w.Close() })
	return New(r, plugged), w
}

// nexts reads changes until the events end, and returns them and the end.
func nexts(w *Watcher) (got []bool, end error) {
	for {
		p, err := w.Next()
		if err != nil {
			return got, err
		}
		got = append(got, p)
	}
}

func TestWatcher(t *testing.T) {
	const hp, lo, mic = swHeadphoneInsert, swLineoutInsert, 0x04
	tests := []struct {
		name    string
		plugged bool // at the start
		in      events
		want    []bool
	}{
		{"plug and pull", false, events{}.sw(hp, 1).sw(hp, 0), []bool{true, false}},
		{"plugged at start, pulled", true, events{}.sw(hp, 0), []bool{false}},
		{"line out counts", false, events{}.sw(lo, 1).sw(lo, 0), []bool{true, false}},
		{"a headset mic with the headphone is one change", false,
			events{}.add(evdev.EvSw, hp, 1).add(evdev.EvSw, mic, 1).add(evdev.EvSyn, evdev.SynReport, 0), []bool{true}},
		{"mic alone is no headset", false, events{}.sw(mic, 1), nil},
		{"no change before the report", false, events{}.add(evdev.EvSw, hp, 1), nil},
		{"on and off within one report", false,
			events{}.add(evdev.EvSw, hp, 1).add(evdev.EvSw, hp, 0).add(evdev.EvSyn, evdev.SynReport, 0), nil},
		{"a second plug is no change", false, events{}.sw(hp, 1).sw(lo, 1).sw(hp, 0).sw(lo, 0), []bool{true, false}},
		{"keys are skipped", false, events{}.add(evdev.EvKey, 114, 1).sw(hp, 1), []bool{true}},
		{"events lost: the report after is skipped", false,
			events{}.add(evdev.EvSyn, evdev.SynDropped, 0).add(evdev.EvSw, hp, 1).add(evdev.EvSyn, evdev.SynReport, 0).sw(lo, 1),
			[]bool{true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w, in := pipe(t, tt.plugged)
			go func() { in.Write(tt.in); in.Close() }()
			got, end := nexts(w)
			if !slices.Equal(got, tt.want) || !errors.Is(end, io.EOF) {
				t.Errorf("changes %v ending %v, want %v ending EOF", got, end, tt.want)
			}
		})
	}
}

// TestWatcherQueriesAfterLostEvents: after SYN_DROPPED the device is asked
// for its switches at the next report.
func TestWatcherQueriesAfterLostEvents(t *testing.T) {
	r, in, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	queried := 0
	w := newWatcher(r, 0, func() (uint64, error) { queried++; return 1 << swHeadphoneInsert, nil })
	go func() {
		in.Write(events{}.add(evdev.EvSyn, evdev.SynDropped, 0).add(evdev.EvSyn, evdev.SynReport, 0))
		in.Close()
	}()
	got, end := nexts(w)
	if !slices.Equal(got, []bool{true}) || queried != 1 || !errors.Is(end, io.EOF) {
		t.Fatalf("changes %v after %d queries ending %v, want [true] after 1", got, queried, end)
	}
}

func TestWatcherSplitAndTruncated(t *testing.T) {
	w, in := pipe(t, false)
	b := events{}.sw(swHeadphoneInsert, 1).sw(swHeadphoneInsert, 0)
	go func() {
		for i := range b { // a byte a write
			in.Write(b[i : i+1])
		}
		in.Write(make([]byte, evdev.Size-5))
		in.Close()
	}()
	got, end := nexts(w)
	if !slices.Equal(got, []bool{true, false}) || !errors.Is(end, io.EOF) {
		t.Fatalf("changes %v ending %v, want [true false] ending EOF", got, end)
	}
	if w.Plugged() {
		t.Fatal("Plugged after the headset was pulled out")
	}
}

func TestWatcherClosedUnderNext(t *testing.T) {
	r, in, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	w := New(r, true)
	done := make(chan error)
	go func() {
		_, err := w.Next()
		done <- err
	}()
	time.Sleep(50 * time.Millisecond)
	r.Close()
	select {
	case err := <-done:
		if !errors.Is(err, os.ErrClosed) {
			t.Fatalf("Next after Close = %v, want os.ErrClosed", err)
		}
	case <-time.After(2 * time.Second):
		t.Fatal("Next still waits after the device was closed")
	}
}
