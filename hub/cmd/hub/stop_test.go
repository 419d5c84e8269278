package main

import (
	"os"
	"strings"
	"testing"
	"time"
)

func TestCloseWithin(t *testing.T) {
	if err := closeWithin(func() error { return nil }, time.Second, nil); err != nil {
		t.Fatalf("a quick close: %v", err)
	}
	hang := func() error { select {} }
	if err := closeWithin(hang, 20*time.Millisecond, nil); err == nil || !strings.Contains(err.Error(), "did not stop within") {
		t.Fatalf("a hanging close: %v", err)
	}
	again := make(chan os.Signal, 1)
	again <- os.Interrupt
	if err := closeWithin(hang, time.Hour, again); err == nil || !strings.Contains(err.Error(), "exiting at once") {
		t.Fatalf("a second signal: %v", err)
	}
}
