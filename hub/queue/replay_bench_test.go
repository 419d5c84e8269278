package queue_test

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"vuoro/hub/event"
	"vuoro/hub/queue"
	"vuoro/hub/store"
)

// memLog is an event log kept as the bytes a store keeps, so a replay
// decodes every event from JSON as a start of the hub does.
type memLog struct{ lines [][]byte }

func (l *memLog) Append(ev event.Event) (uint64, error) {
	ev.Seq = uint64(len(l.lines) + 1)
	b, err := json.Marshal(ev)
	l.lines = append(l.lines, b)
	return ev.Seq, err
}

func (l *memLog) Replay(after uint64, fn func(event.Event) error) error {
	for _, b := range l.lines[after:] {
		var ev event.Event
		if err := json.Unmarshal(b, &ev); err != nil {
			return err
		}
		if err := fn(ev); err != nil {
			return err
		}
	}
	return nil
}

// busyLog returns a log of at least n events: days of three queues' visits
// issued, called, started and ended, with recalls, views of personal data
// and the day closes between them.
func busyLog(b *testing.B, n int) *memLog {
	log := &memLog{}
	clk := &clock{now: time.Date(2026, 1, 5, 7, 0, 0, 0, helsinki)}
	e, err := queue.Open(log, clk)
	if err != nil {
		b.Fatal(err)
	}
	services := []string{"veroasiat", "verokortit", "kela"}
	must := func(err error) {
		if err != nil {
			b.Fatal(err)
		}
	}
	must(e.SetSite("system", queue.Site{ID: "lahti", Name: "Lahti", TimeZone: "Europe/Helsinki"}))
	must(e.AddAgency("system", queue.Agency{ID: "vero"}))
	for i, sv := range services {
		must(e.AddService("system", queue.Service{ID: sv, Agency: "vero", Letter: string(rune('A' + i))}))
		must(e.AddRoom("system", queue.Room{ID: fmt.Sprint(i + 1)}))
	}
	for v := 0; len(log.lines) < n; v++ {
		if v%600 == 599 { // a day of 600 visits, then the night
			clk.Advance(14 * time.Hour)
			_, err := e.CloseDay()
			must(err)
		}
		clk.Advance(time.Minute)
		sv := services[v%3]
		_, err := e.Issue("kiosk:k1", queue.IssueRequest{RequestID: fmt.Sprint("r", v), Service: sv, Device: "k1"})
		must(err)
		t, err := e.CallNext("clerk"+sv, []string{sv}, fmt.Sprint(v%3+1))
		must(err)
		if v%10 == 0 {
			_, err = e.Recall("clerk:"+sv, t.ID)
			must(err)
		}
		if v%20 == 0 {
			must(e.RecordAccess("clerk:"+sv, t.ID, "console"))
		}
		_, err = e.Start("clerk:"+sv, t.ID)
		must(err)
		_, err = e.End("clerk:"+sv, t.ID)
		must(err)
	}
	return log
}

// BenchmarkReplay100k is the engine's part of a hub's start: 100 000
// events read from their stored bytes and replayed into the state.
func BenchmarkReplay100k(b *testing.B) {
	log := busyLog(b, 100_000)
	clk := &clock{now: time.Now()}
	for b.Loop() {
		if _, err := queue.Open(log, clk); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(log.lines)), "events")
}

// BenchmarkStart is an engine's start from a data file of 100 000 and of
// 1 000 000 events, from its snapshot and by replaying the whole log, and
// the heap it then holds (the data file's store included).
func BenchmarkStart(b *testing.B) {
	for _, n := range []int{100_000, 1_000_000} {
		var st *store.Store
		for _, from := range []string{"snapshot", "log"} {
			b.Run(fmt.Sprintf("events=%d/from=%s", n, from), func(b *testing.B) {
				if st == nil {
					st = loadedStore(b, n)
				}
				var log event.Log = st
				if from == "log" {
					log = plainLog{st}
				}
				clk := &clock{now: time.Now()}
				var s event.Start
				var e *queue.Engine
				for b.Loop() {
					var err error
					if e, err = queue.Open(log, clk); err != nil {
						b.Fatal(err)
					}
					s = e.Started()
				}
				var m runtime.MemStats
				runtime.GC()
				runtime.ReadMemStats(&m)
				runtime.KeepAlive(e)
				b.ReportMetric(float64(m.HeapAlloc)/1e6, "heap-MB")
				b.ReportMetric(float64(s.Replayed), "replayed")
				b.ReportMetric(float64(s.Snapshot), "snapshot-seq")
			})
		}
		if st != nil {
			st.Close()
		}
	}
}

// loadedStore returns a data file holding busyLog(n) and its snapshot.
func loadedStore(b *testing.B, n int) *store.Store {
	log := busyLog(b, n)
	st, err := store.Open(filepath.Join(b.TempDir(), "hub.db"))
	if err != nil {
		b.Fatal(err)
	}
	for i := 0; i < len(log.lines); i += 10_000 {
		var evs []event.Event
		for _, line := range log.lines[i:min(i+10_000, len(log.lines))] {
			var ev event.Event
			if err := json.Unmarshal(line, &ev); err != nil {
				b.Fatal(err)
			}
			evs = append(evs, ev)
		}
		if err := st.Write(event.Batch{Events: evs}); err != nil {
			b.Fatal(err)
		}
	}
	e, err := queue.Open(st, &clock{now: time.Now()})
	if err == nil {
		err = e.Close() // writes the snapshot
	}
	if err != nil {
		b.Fatal(err)
	}
	return st
}

// BenchmarkSnapshot is a snapshot of the state 100 000 and 1 000 000
// events make: its capture, a copy made under the engine's lock
// (capture-ms: what a command may wait), and its encoding, outside the
// lock (encode-ms), and its size.
func BenchmarkSnapshot(b *testing.B) {
	for _, n := range []int{100_000, 1_000_000} {
		b.Run(fmt.Sprint("events=", n), func(b *testing.B) {
			e, err := queue.Open(busyLog(b, n), &clock{now: time.Now()})
			if err != nil {
				b.Fatal(err)
			}
			var capture, encode time.Duration
			var size, runs int
			e.Read(func(s *queue.State) {
				for b.Loop() {
					t0 := time.Now()
					enc := queue.Capture(s)
					t1 := time.Now()
					data, err := enc()
					if err != nil {
						b.Fatal(err)
					}
					capture, encode = capture+t1.Sub(t0), encode+time.Since(t1)
					size, runs = len(data), runs+1
				}
			})
			b.ReportMetric(float64(capture.Microseconds())/1000/float64(runs), "capture-ms")
			b.ReportMetric(float64(encode.Microseconds())/1000/float64(runs), "encode-ms")
			b.ReportMetric(float64(size)/1e6, "MB")
		})
	}
}
