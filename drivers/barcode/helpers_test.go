package barcode

import (
	"context"
	"errors"
	"testing"
	"time"
)

// fakeNow is a clock moved by hand.
type fakeNow struct{ t time.Time }

func newFakeNow() *fakeNow { return &fakeNow{t: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)} }

func (c *fakeNow) Now() time.Time          { return c.t }
func (c *fakeNow) Advance(d time.Duration) { c.t = c.t.Add(d) }

// result is what one call to Next gave: a code or an error.
type result struct {
	code string
	err  error
}

func (r result) String() string {
	if r.err != nil {
		return "error " + r.err.Error()
	}
	return r.code
}

// readAll calls Next until an error other than ErrGarbage or ErrTooLong,
// and returns the codes and errors in order, the last being that error.
func readAll(t *testing.T, r *Reader) []result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	var out []result
	for range 10000 {
		s, err := r.Next(ctx)
		out = append(out, result{s.Code, err})
		if err != nil && !errors.Is(err, ErrGarbage) && !errors.Is(err, ErrTooLong) {
			return out
		}
	}
	t.Fatal("Next never ended")
	return nil
}

// codes is results as expected: a code, or ErrGarbage or ErrTooLong.
func codes(items ...any) []result {
	var out []result
	for _, it := range items {
		switch v := it.(type) {
		case string:
			out = append(out, result{code: v})
		case error:
			out = append(out, result{err: v})
		}
	}
	return out
}

// checkResults compares got (which ends with the error that stopped the
// Reader, wrapping last) with want.
func checkResults(t *testing.T, got, want []result, last error) {
	t.Helper()
	if len(got) == 0 || !errors.Is(got[len(got)-1].err, last) {
		t.Fatalf("results %v: want the last to be %v", got, last)
	}
	got = got[:len(got)-1]
	if len(got) != len(want) {
		t.Fatalf("results %v, want %v", got, want)
	}
	for i := range got {
		if got[i].code != want[i].code || !errors.Is(got[i].err, want[i].err) {
			t.Fatalf("results %v, want %v", got, want)
		}
	}
}
