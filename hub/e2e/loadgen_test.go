package e2e

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"golang.org/x/crypto/bcrypt"

	"vuoro/hub/demo"
	"vuoro/hub/event"
	"vuoro/hub/queue"
	"vuoro/hub/store"
)

// The loaded hub: a busy year of the demo site, about a million events,
// built once by the engine's own commands and cached at the module root
// under .cache/bench (git-ignored).
const (
	loadedDays      = 250 // weekdays from loadedFirstDay
	loadedPerDay    = 85  // visits a day in each of the 12 queues
	loadedVersion   = 3   // bump when the generated log changes
	loadedFlushSize = 20000
)

var loadedFirstDay = time.Date(2025, 9, 1, 0, 0, 0, 0, time.UTC) // a Monday

// loadedData returns a fresh copy of the loaded hub's data folder, building
// the cached one first if there is none. Only benchmarks build it: -short
// skips them.
func loadedData(b *testing.B) string {
	b.Helper()
	if testing.Short() {
		b.Skip("the loaded hub is built for benchmarks only")
	}
	cached := filepath.Join("..", "..", ".cache", "bench", fmt.Sprintf("year-v%d", loadedVersion), "hub.db")
	if _, err := os.Stat(cached); os.IsNotExist(err) {
		t0 := time.Now()
		n, err := generateYear(cached)
		if err != nil {
			b.Fatal(err)
		}
		b.Logf("generated %d events of a busy year in %s (cached at %s)", n, time.Since(t0).Round(time.Second), cached)
	}
	dir := b.TempDir()
	if err := copyFile(cached, filepath.Join(dir, "hub.db")); err != nil {
		b.Fatal(err)
	}
	return dir
}

func copyFile(from, to string) error {
	src, err := os.Open(from)
	if err != nil {
		return err
	}
	defer src.Close()
	dst, err := os.Create(to)
	if err != nil {
		return err
	}
	if _, err := io.Copy(dst, src); err != nil {
		dst.Close()
		return err
	}
	return dst.Close()
}

// bulkLog is the engine's log while a year is generated: events are
// numbered as the store will number them and imported in large batches,
// not synced one by one.
type bulkLog struct {
	st   *store.Store
	seq  uint64
	todo []event.Event
}

func (l *bulkLog) Append(ev event.Event) (uint64, error) {
	l.seq++
	ev.Seq = l.seq
	l.todo = append(l.todo, ev)
	if len(l.todo) == loadedFlushSize {
		return l.seq, l.flush()
	}
	return l.seq, nil
}

func (l *bulkLog) Replay(after uint64, fn func(event.Event) error) error {
	return l.st.Replay(after, fn)
}

func (l *bulkLog) flush() error {
	err := l.st.Import(l.todo)
	l.todo = l.todo[:0]
	return err
}

type handClock struct{ t time.Time }

func (c *handClock) Now() time.Time { return c.t }

// generateYear writes the loaded hub's data file at path and returns how
// many events it holds.
func generateYear(path string) (uint64, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return 0, err
	}
	tmp := path + ".tmp"
	os.Remove(tmp)
	st, err := store.Open(tmp)
	if err != nil {
		return 0, err
	}
	defer st.Close()
	log, clock := &bulkLog{st: st}, &handClock{t: loadedFirstDay.Add(5 * time.Hour)}
	e, err := queue.Open(log, clock)
	if err == nil {
		err = loadedSite(e, st)
	}
	for day := 0; err == nil && day < loadedDays; day++ {
		err = loadedDay(e, clock, weekday(day))
	}
	if err == nil {
		err = log.flush()
	}
	if err != nil {
		return 0, fmt.Errorf("generating a year: %w", err)
	}
	if err := st.Close(); err != nil {
		return 0, err
	}
	if err := snapshotOnce(tmp, clock); err != nil {
		return 0, err
	}
	return log.seq, os.Rename(tmp, path)
}

// snapshotOnce opens the generated file as a hub does, replaying it all,
// and closes it cleanly, which writes the engine's snapshot: a hub that
// has run for a year has one, written every 10,000 events.
func snapshotOnce(path string, clock *handClock) error {
	st, err := store.Open(path)
	if err != nil {
		return err
	}
	defer st.Close()
	e, err := queue.Open(st, clock)
	if err != nil {
		return fmt.Errorf("replaying the generated year: %w", err)
	}
	return e.Close()
}

// weekday returns the n-th weekday from loadedFirstDay, at 08:00 in
// Helsinki.
func weekday(n int) time.Time {
	loc, _ := time.LoadLocation("Europe/Helsinki")
	d := loadedFirstDay
	for ; n > 0 || d.Weekday() == time.Saturday || d.Weekday() == time.Sunday; d = d.AddDate(0, 0, 1) {
		if d.Weekday() != time.Saturday && d.Weekday() != time.Sunday {
			n--
		}
	}
	return time.Date(d.Year(), d.Month(), d.Day(), 8, 0, 0, 0, loc)
}

// loadedSite is the demo site with a room and a clerk for each queue, and
// personal data kept for ten years, so that no housekeeping erases during
// a benchmark.
func loadedSite(e *queue.Engine, st *store.Store) error {
	if _, err := demo.SeedCost(e, st, "lahti", bcrypt.MinCost); err != nil {
		return err
	}
	var way map[string]string
	e.Read(func(s *queue.State) { way = s.Site.Wayfinding })
	if err := e.SetSiteParams(event.ActorDemo, queue.SiteParams{NoShowAfter: 1, Wayfinding: way, RetentionDays: 3650}); err != nil {
		return err
	}
	for i, sv := range loadedServices(e) {
		if i >= 8 {
			if err := e.AddRoom(event.ActorDemo, queue.Room{ID: fmt.Sprint(i + 1), Name: fmt.Sprintf("Aspa %d", i+1)}); err != nil {
				return err
			}
		}
		c := queue.Clerk{Login: "c-" + sv.ID, Name: "Clerk " + sv.ID, Role: queue.RoleClerk, Agencies: []string{sv.Agency}}
		if err := e.AddClerk(event.ActorDemo, c); err != nil {
			return err
		}
	}
	return nil
}

func loadedServices(e *queue.Engine) []queue.Service {
	var out []queue.Service
	e.Read(func(s *queue.State) { out = append(out, s.Services...) })
	return out
}
