package queue_test

import (
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"vuoro/hub/queue"
	"vuoro/hub/store"
)

// BenchmarkDurableVisit runs one visit's three commands, Issue, CallNext
// and End, on a real bbolt file: three durable writes (fsyncs) an op. It
// reports visits and commands a second.
func BenchmarkDurableVisit(b *testing.B) {
	st, err := store.Open(filepath.Join(b.TempDir(), "hub.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	e, clk := benchEngine(b, st)
	if err := e.AddRoom("system", queue.Room{ID: "5"}); err != nil {
		b.Fatal(err)
	}
	start, n := time.Now(), 0
	for b.Loop() {
		clk.Advance(time.Second)
		req := queue.IssueRequest{RequestID: fmt.Sprint("bench-", n), Service: "veroasiat", Device: "k1"}
		if _, err := e.Issue("kiosk:k1", req); err != nil {
			b.Fatal(err)
		}
		t, err := e.CallNext("maija", []string{"veroasiat"}, "5")
		if err == nil {
			_, err = e.End("clerk:maija", t.ID)
		}
		if err != nil {
			b.Fatal(err)
		}
		n++
	}
	secs := time.Since(start).Seconds()
	b.ReportMetric(float64(n)/secs, "visits/s")
	b.ReportMetric(float64(3*n)/secs, "commands/s")
}
