package queue_test

import (
	"fmt"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"vuoro/hub/event"
	"vuoro/hub/queue"
	"vuoro/hub/queue/queuetest"
	"vuoro/hub/store"
)

// BenchmarkDurableOps is commands a second, each answered once durable,
// with 1, 8 and 64 callers at once: "group" is the engine as it is (the
// commands decided while a batch is written go in the next batch, one
// fsync a batch), "serial" the same engine over a log that writes one
// event a transaction, as the hub did before group commit (one fsync an
// event). The command is a record of a view of personal data: one event
// whose deciding costs next to nothing, so the figure is the write path's.
func BenchmarkDurableOps(b *testing.B) {
	for _, mode := range []string{"group", "serial"} {
		for _, callers := range []int{1, 8, 64} {
			b.Run(fmt.Sprintf("%s/callers=%d", mode, callers), func(b *testing.B) {
				st, err := store.Open(filepath.Join(b.TempDir(), "hub.db"))
				if err != nil {
					b.Fatal(err)
				}
				defer st.Close()
				var log event.Log = st
				if mode == "serial" {
					log = plainLog{st}
				}
				e, _ := benchEngine(b, log)
				visit, err := e.Issue("kiosk:k1", queue.IssueRequest{Service: "veroasiat", Device: "k1"})
				if err != nil {
					b.Fatal(err)
				}
				var n atomic.Int64
				start := time.Now()
				var wg sync.WaitGroup
				per := b.N/callers + 1
				for c := range callers {
					wg.Add(1)
					go func() {
						defer wg.Done()
						for i := range per {
							if err := e.RecordAccess(fmt.Sprint("clerk:c", c, "-", i), visit.Ticket.ID, "console"); err != nil {
								b.Error(err)
								return
							}
							n.Add(1)
						}
					}()
				}
				wg.Wait()
				b.ReportMetric(float64(n.Load())/time.Since(start).Seconds(), "ops/s")
			})
		}
	}
}

// benchEngine is an engine with a site of one queue, over log, and its
// clock.
func benchEngine(b *testing.B, log event.Log) (*queue.Engine, *clock) {
	clk := &clock{now: time.Date(2026, 11, 23, 8, 0, 0, 0, helsinki)}
	e, err := queue.Open(log, clk)
	if err != nil {
		b.Fatal(err)
	}
	if err := queuetest.TaxOffice(e); err != nil {
		b.Fatal(err)
	}
	return e, clk
}
