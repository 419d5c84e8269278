package main

import (
	"sync/atomic"
	"testing"
	"time"
)

func TestEveryStops(t *testing.T) {
	var n atomic.Int32
	stop := every(time.Millisecond, func(time.Time) { n.Add(1) })
	time.Sleep(20 * time.Millisecond)
	stop()
	after := n.Load()
	time.Sleep(10 * time.Millisecond)
	if after == 0 || n.Load() != after {
		t.Errorf("ticks: %d before stop, %d after", after, n.Load())
	}
}
