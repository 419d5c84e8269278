package report_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"vuoro/hub/queue"
	"vuoro/hub/queue/queuetest"
	"vuoro/hub/report"
	"vuoro/hub/store"
)

// generated runs the month through a real engine on a real data file, with
// a Keeper watching, and returns the keeper, the store and the record. The
// month is generated once for the package's tests (it writes some 10,000
// events, each synced to disk); the data file is a copy for each test.
func generated(t *testing.T) (keeper, *store.Store, *month) {
	t.Helper()
	once.Do(func() { gen, genErr = generate(t) })
	if genErr != nil {
		t.Fatal(genErr)
	}
	path := filepath.Join(t.TempDir(), "hub.db")
	if err := copyFile(gen.path, path); err != nil {
		t.Fatal(err)
	}
	st, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	k, err := report.Open(st)
	if err != nil {
		t.Fatal(err)
	}
	k.Start(nil)
	t.Cleanup(func() { k.Close() })
	<-k.Ready()
	return keeper{k}, st, gen.m
}

// keeper is a started keeper whose reports a test reads.
type keeper struct{ *report.Keeper }

func (k keeper) Report(f report.Filter) report.Report {
	r, err := k.Keeper.Report(f)
	if err != nil {
		panic(err)
	}
	return r
}

var (
	once   sync.Once
	gen    generatedMonth
	genErr error
)

type generatedMonth struct {
	path string
	m    *month
}

func copyFile(from, to string) error {
	b, err := os.ReadFile(from)
	if err != nil {
		return err
	}
	return os.WriteFile(to, b, 0o600)
}

func generate(t *testing.T) (generatedMonth, error) {
	dir, err := os.MkdirTemp("", "report-month-")
	if err != nil {
		return generatedMonth{}, err
	}
	cleanup = append(cleanup, func() { os.RemoveAll(dir) })
	path := filepath.Join(dir, "hub.db")
	st, err := store.Open(path)
	if err != nil {
		return generatedMonth{}, err
	}
	defer st.Close()
	clock := queuetest.NewClock(time.Date(2026, 3, 1, 7, 0, 0, 0, helsinki))
	eng, err := queue.Open(st, clock)
	if err != nil {
		return generatedMonth{}, err
	}
	k, err := report.Open(st)
	if err != nil {
		return generatedMonth{}, err
	}
	k.Start(eng)
	m := &month{t: t, eng: eng, clock: clock, rng: rand.New(rand.NewPCG(15, 1)), visits: map[uint64]*visitRec{},
		idle: map[string]int64{}, breakTime: map[string]int64{}, breaks: map[string]int{}}
	m.run()
	if err := eng.Close(); err != nil {
		return generatedMonth{}, err
	}
	<-k.Ready()
	if live, err = k.Report(march); err != nil {
		return generatedMonth{}, err
	}
	return generatedMonth{path: path, m: m}, k.Close()
}

// live is the month's report from the keeper that watched it happen.
var live report.Report

var cleanup []func()

func TestMain(m *testing.M) {
	code := m.Run()
	for _, fn := range cleanup {
		fn()
	}
	os.Exit(code)
}

var march = report.Filter{From: "2026-03-01", To: "2026-03-31"}

func TestMonthFiguresMatchTheGeneratorsRecord(t *testing.T) {
	k, _, m := generated(t)
	r := k.Report(march)
	var waits, services, walks []int64
	outcomes := map[string]int{}
	within, estimated, inside := 0, 0, 0
	for _, id := range m.order {
		v := m.visits[id]
		outcomes[v.outcome]++
		if !v.called.IsZero() {
			w := secs(v.called.Sub(v.arrived))
			waits = append(waits, w)
			if w <= 20*60 {
				within++
			}
			if v.est.High > 0 {
				estimated++
				if w >= int64(v.est.Low)*60 && w <= int64(v.est.High)*60 {
					inside++
				}
			}
		}
		if !v.started.IsZero() {
			walks = append(walks, secs(v.started.Sub(v.called)))
		}
		if v.outcome == "served" {
			services = append(services, secs(v.ended.Sub(v.started)))
		}
	}
	if len(waits) < 1000 || estimated == 0 || outcomes["noshow"] == 0 || outcomes["deleted"] == 0 || outcomes["expired"] == 0 {
		t.Fatalf("the generator made too little: %d calls, %d estimated, outcomes %v", len(waits), estimated, outcomes)
	}
	checkTimes(t, "wait", r.Wait, waits)
	checkTimes(t, "service", r.Service, services)
	near(t, "within target", r.WithinTarget, float64(within)/float64(len(waits)))
	near(t, "inside estimate", r.Inside, float64(inside)/float64(estimated))
	if r.Estimated != estimated {
		t.Errorf("estimated visits = %d, want %d", r.Estimated, estimated)
	}
	for _, o := range []string{"served", "noshow", "deleted", "expired"} {
		if r.Outcomes[o] != outcomes[o] {
			t.Errorf("%s = %d, want %d", o, r.Outcomes[o], outcomes[o])
		}
	}
	if r.Reasons["staff"] != outcomes["deleted"] {
		t.Errorf("reasons %v, want staff %d", r.Reasons, outcomes["deleted"])
	}
	if r.Days != 22 {
		t.Errorf("days = %d, want the 22 weekdays of March", r.Days)
	}
	if peak := m.peak(); r.Peak != peak {
		t.Errorf("peak = %d, want %d", r.Peak, peak)
	}
	checkClerks(t, r, m)
	checkWalk(t, r, walks)
}

func checkWalk(t *testing.T, r report.Report, walks []int64) {
	n := 0
	for _, c := range r.Clerks {
		n += c.Walk.Count
	}
	if n != len(walks) {
		t.Errorf("walks = %d, want %d", n, len(walks))
	}
}

func checkClerks(t *testing.T, r report.Report, m *month) {
	t.Helper()
	visits := map[string]int{}
	for _, id := range m.order {
		if v := m.visits[id]; v.outcome == "served" {
			visits[v.clerk]++
		}
	}
	if len(r.Clerks) != 2 {
		t.Fatalf("clerks %+v, want maija and pekka", r.Clerks)
	}
	for _, c := range r.Clerks {
		if m.breaks[c.Clerk] < 30 || m.idle[c.Clerk] == 0 {
			t.Fatalf("the generator made too little: %s idle %d s, %d breaks", c.Clerk, m.idle[c.Clerk], m.breaks[c.Clerk])
		}
		t.Logf("%s: %d visits, idle %d s, %d breaks of %d s", c.Clerk, c.Visits, c.Idle, c.Breaks, c.Break)
		if c.Visits != visits[c.Clerk] || c.Idle != m.idle[c.Clerk] {
			t.Errorf("%s: visits %d idle %d s, want %d and %d s", c.Clerk, c.Visits, c.Idle, visits[c.Clerk], m.idle[c.Clerk])
		}
		if c.Breaks != m.breaks[c.Clerk] || c.Break != m.breakTime[c.Clerk] {
			t.Errorf("%s: %d breaks of %d s, want %d of %d s", c.Clerk, c.Breaks, c.Break, m.breaks[c.Clerk], m.breakTime[c.Clerk])
		}
	}
}

// peak is the most visits waiting at once, from the record alone.
func (m *month) peak() int { return slices.Max(m.queue) }

func checkTimes(t *testing.T, name string, got report.Times, want []int64) {
	t.Helper()
	slices.Sort(want)
	var sum int64
	for _, w := range want {
		sum += w
	}
	if got.Count != len(want) || got.Max != want[len(want)-1] {
		t.Errorf("%s: count %d max %d, want %d and %d", name, got.Count, got.Max, len(want), want[len(want)-1])
	}
	near(t, name+" mean", got.Mean, float64(sum)/float64(len(want)))
	for _, q := range []struct {
		got int64
		p   float64
	}{{got.Median, 0.5}, {got.P90, 0.9}} {
		exact := want[int(math.Ceil(q.p*float64(len(want))))-1]
		if d := q.got - exact; d < -report.Bucket/2 || d > report.Bucket/2 {
			t.Errorf("%s P%.0f = %d s, want %d s within %d s", name, q.p*100, q.got, exact, report.Bucket/2)
		}
	}
}

func near(t *testing.T, name string, got, want float64) {
	t.Helper()
	if math.Abs(got-want) > 1e-9 {
		t.Errorf("%s = %v, want %v", name, got, want)
	}
}

func secs(d time.Duration) int64 { return int64(d / time.Second) }

// A restarted hub loads the saved aggregates and folds nothing twice: the
// report is the one the watching keeper made, and another agency's admin
// gets nothing of it.
func TestAggregatesSurviveARestart(t *testing.T) {
	k, _, _ := generated(t)
	after := k.Report(march)
	b1, _ := json.Marshal(live)
	b2, _ := json.Marshal(after)
	if string(b1) != string(b2) {
		t.Errorf("after a restart the report changed:\n%s\n%s", b1, b2)
	}
	k2 := k
	other := k2.Report(report.Filter{From: march.From, To: march.To, Scope: []string{"kela"}})
	if other.Days != 0 || other.Wait.Count != 0 || other.Peak != 0 {
		t.Errorf("kela's admin sees the tax office's figures: %+v", other)
	}
}

// The CSV of every table reads back as the same tables, and the tables
// carry the report's figures.
func TestCSVRoundTrip(t *testing.T) {
	k, _, m := generated(t)
	r := k.Report(march)
	tables := report.Tables(r)
	var buf bytes.Buffer
	if err := report.WriteAllCSV(&buf, tables); err != nil {
		t.Fatal(err)
	}
	back, err := report.ReadAllCSV(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(nonNil(tables), nonNil(back)) {
		t.Errorf("read back:\n%v\nwrote:\n%v", back, tables)
	}
	served := 0
	for _, id := range m.order {
		if m.visits[id].outcome == "served" {
			served++
		}
	}
	if got := cell(t, tables, "summary", "served", 1); got != strconv.Itoa(served) {
		t.Errorf("summary served = %s, want %d", got, served)
	}
	if got := cell(t, tables, "times", "wait", 1); got != strconv.Itoa(r.Wait.Count) {
		t.Errorf("times wait count = %s, want %d", got, r.Wait.Count)
	}
	var one bytes.Buffer
	if err := report.WriteCSV(&one, tables[1]); err != nil {
		t.Fatal(err)
	}
	if lines := strings.Count(one.String(), "\n"); lines != len(tables[1].Rows)+1 {
		t.Errorf("the queue table's CSV has %d lines, want %d", lines, len(tables[1].Rows)+1)
	}
}

func nonNil(ts []report.Table) []report.Table {
	for i := range ts {
		if ts[i].Rows == nil {
			ts[i].Rows = [][]string{}
		}
	}
	return ts
}

func cell(t *testing.T, ts []report.Table, table, row string, col int) string {
	t.Helper()
	for _, tb := range ts {
		for _, r := range tb.Rows {
			if tb.ID == table && r[0] == row {
				return r[col]
			}
		}
	}
	t.Fatalf("no row %s in table %s", row, table)
	return ""
}

func TestPeriods(t *testing.T) {
	for _, c := range []struct{ kind, date, from, to string }{
		{"day", "2026-03-04", "2026-03-04", "2026-03-04"},
		{"week", "2026-03-04", "2026-03-02", "2026-03-08"},
		{"week", "2026-03-08", "2026-03-02", "2026-03-08"},
		{"month", "2026-02-14", "2026-02-01", "2026-02-28"},
	} {
		from, to, err := report.Period(c.kind, c.date)
		if err != nil || from != c.from || to != c.to {
			t.Errorf("%s of %s = %s..%s (%v), want %s..%s", c.kind, c.date, from, to, err, c.from, c.to)
		}
	}
	if _, _, err := report.Period("year", "2026-03-04"); !errors.Is(err, report.ErrBadPeriod) {
		t.Errorf("a year: %v", err)
	}
}

// firstStart is the data file of a hub that kept no aggregates yet.
type firstStart struct{ *store.Store }

func (firstStart) LoadReports() ([]byte, [][]byte, error) { return nil, nil, nil }

// A hub's first start with reports folds the whole log, in the
// background, into the figures the watching keeper made.
func TestFirstStartFoldsTheWholeLog(t *testing.T) {
	_, st, _ := generated(t)
	k := foldsAsWatched(t, firstStart{st}, "folded from the whole log")
	k.Close()
}

// foldsAsWatched starts a keeper on st, and checks that its report is the
// one the watching keeper made.
func foldsAsWatched(t *testing.T, st report.Store, what string) *report.Keeper {
	t.Helper()
	k, err := report.Open(st)
	if err != nil {
		t.Fatal(err)
	}
	k.Start(nil)
	<-k.Ready()
	r, err := k.Report(march)
	if err != nil {
		t.Fatal(err)
	}
	b1, _ := json.Marshal(live)
	b2, _ := json.Marshal(r)
	if string(b1) != string(b2) {
		t.Errorf("%s:\n%s\nwatched:\n%s", what, b2, b1)
	}
	return k
}

// A keeper closed before it started (a hub whose start failed later)
// closes at once.
func TestCloseBeforeStart(t *testing.T) {
	st, err := store.Open(filepath.Join(t.TempDir(), "hub.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	k, err := report.Open(st)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- k.Close() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Close waited for a keeper never started")
	}
}

// Aggregates saved under an older definition (version 1: idle time
// between visits, breaks included) are not mixed with the new ones: the
// keeper folds the whole log again at its start, and saves them as the
// current version.
func TestOlderAggregatesAreFoldedAgain(t *testing.T) {
	_, st, _ := generated(t)
	carry, days, err := st.LoadReports()
	if err != nil || len(days) == 0 {
		t.Fatalf("no aggregates saved: %v", err)
	}
	var c map[string]any
	if err := json.Unmarshal(carry, &c); err != nil {
		t.Fatal(err)
	}
	c["version"] = 1
	old := map[string][]byte{}
	for _, b := range days {
		var d report.Day
		if json.Unmarshal(b, &d) != nil || d.Date == "" {
			continue
		}
		for _, s := range d.Services {
			for _, cell := range s.Clerks {
				cell.Idle, cell.Breaks, cell.BreakTime = cell.Idle+cell.BreakTime+3600, 0, 0
			}
		}
		old[d.Date], _ = json.Marshal(d)
	}
	carry, _ = json.Marshal(c)
	if err := st.SaveReports(carry, old); err != nil {
		t.Fatal(err)
	}
	k := foldsAsWatched(t, st, "over older aggregates")
	if err := k.Close(); err != nil {
		t.Fatal(err)
	}
	carry, _, _ = st.LoadReports()
	var saved report.Carry
	if err := json.Unmarshal(carry, &saved); err != nil || saved.Version != report.Version {
		t.Errorf("saved version %d (%v), want %d", saved.Version, err, report.Version)
	}
}
