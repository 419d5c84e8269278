package e2e

import (
	"path/filepath"
	"testing"
	"time"

	"vuoro/hub/report"
	"vuoro/hub/store"
)

// BenchmarkReportYear measures the queue reports of the loaded hub's
// year (250 weekdays, 12 queues, about a million events): the whole year
// for a site admin, for Vero's admin, for one clerk, and the last month,
// each from the daily aggregates (report-ms, the median), beside a floor
// measured in the same run: reading the year's stored aggregates from the
// data file (floor-read-ms). It reports too how long folding the whole
// log into aggregates takes (fold-s: a hub's first start with reports),
// how long a later start takes to load them (restart-ms: it folds only
// the events since its last save), and their size (aggregates-kB).
func BenchmarkReportYear(b *testing.B) {
	st, err := store.Open(filepath.Join(loadedData(b), "hub.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	t0 := time.Now()
	k, err := report.Open(st)
	if err != nil {
		b.Fatal(err)
	}
	k.Start(nil)
	<-k.Ready()
	fold := time.Since(t0)
	if err := k.Close(); err != nil { // saves the aggregates
		b.Fatal(err)
	}
	floor, size := readFloor(b, st)
	t0 = time.Now()
	if k, err = report.Open(st); err != nil {
		b.Fatal(err)
	}
	k.Start(nil)
	<-k.Ready()
	restart := time.Since(t0)
	first, last := weekday(0).Format(time.DateOnly), weekday(loadedDays-1).Format(time.DateOnly)
	month := weekday(loadedDays - 22).Format(time.DateOnly)
	filters := []report.Filter{{From: first, To: last}, {From: first, To: last, Scope: []string{"vero"}},
		{From: first, To: last, Clerk: "c-vero-veroasiat"}, {From: month, To: last}}
	var took []time.Duration
	for b.Loop() {
		for _, f := range filters {
			t0 := time.Now()
			r, err := k.Report(f)
			took = append(took, time.Since(t0))
			if err != nil || r.Days == 0 {
				b.Fatalf("no days in %+v: %v", f, err)
			}
		}
	}
	if r, _ := k.Report(filters[0]); r.Days < loadedDays || r.Outcomes[report.Served] == 0 {
		b.Fatalf("the year's report has %d days, %d served", r.Days, r.Outcomes[report.Served])
	}
	reportRatio(b, ms(quantile(took, 0.5)), "report-ms", ms(floor), "floor-read-ms")
	b.ReportMetric(ms(quantile(took, 1)), "max-report-ms")
	b.ReportMetric(fold.Seconds(), "fold-s")
	b.ReportMetric(ms(restart), "restart-ms")
	b.ReportMetric(float64(size)/1024, "aggregates-kB")
	if err := k.Close(); err != nil {
		b.Fatal(err)
	}
}

// readFloor is the median time to read every stored aggregate from the
// data file, and their size in bytes.
func readFloor(b *testing.B, st *store.Store) (time.Duration, int) {
	b.Helper()
	var d []time.Duration
	size := 0
	for range 5 {
		t0 := time.Now()
		_, days, err := st.LoadReports()
		if err != nil {
			b.Fatal(err)
		}
		d = append(d, time.Since(t0))
		size = 0
		for _, v := range days {
			size += len(v)
		}
	}
	return quantile(d, 0.5), size
}
