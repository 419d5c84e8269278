//go:build linux

package barcode

import (
	"context"
	"errors"
	"os"
	"testing"
	"time"
)

func TestPollReaderHonoursContext(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	rd := NewEvdev(pollReader{r}, Options{})
	ctx, cancel := context.WithTimeout(context.Background(), 250*time.Millisecond)
	defer cancel()
	start := time.Now()
	if _, err := rd.Next(ctx); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Next on a quiet device = %v, want the deadline", err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Fatalf("Next took %v to see its deadline", d)
	}

	w.Write(new(events).text("After Wait").enter().Bytes())
	w.Close()
	checkResults(t, readAll(t, rd), codes("After Wait"), ErrUnplugged)
}

func TestPollReaderClosedUnderNext(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	rd := NewEvdev(pollReader{r}, Options{})
	done := make(chan error)
	go func() {
		_, err := rd.Next(context.Background())
		done <- err
	}()
	time.Sleep(50 * time.Millisecond)
	r.Close()
	select {
	case err := <-done:
		if !errors.Is(err, ErrUnplugged) {
			t.Fatalf("Next after Close = %v, want ErrUnplugged", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Next did not return after Close")
	}
}
