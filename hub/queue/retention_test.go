package queue_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"vuoro/hub/event"
	"vuoro/hub/queue"
	"vuoro/hub/store"
)

// oldData is the personal data of 23 November; newData that of 23 December.
var (
	oldData = []string{"Matti Meikäläinen", "010280-952L", "Aino Peruttu", "soita Liisalle", "Kalle kahdesti"}
	newData = []string{"Ville Uusi", "100190Y999P", "soita Pekalle"}
)

// retentionSite fills f with visits and appointments of 23 November and
// 23 December, leaves the clock on 24 December, and returns the ids of the
// old and the new visit with a person.
func retentionSite(t *testing.T, f *fixture) (oldVisit, newVisit uint64) {
	day := func(d time.Time) { f.clock.mu.Lock(); f.clock.now = d; f.clock.mu.Unlock() }
	visit := func(at time.Time, name, code, msg string) uint64 {
		a, err := f.e.Book("clerk:neuvoja", "veroasiat", at, queue.Person{Name: name, HETU: code})
		must(t, err)
		in, err := f.e.CheckIn("kiosk:k1", a.ID, "k1")
		must(t, err)
		_, err = f.e.AddMessage("clerk:vero", in.Ticket.ID, msg)
		must(t, err)
		return in.Ticket.ID
	}
	day(time.Date(2026, 11, 23, 8, 0, 0, 0, helsinki))
	oldVisit = visit(time.Date(2026, 11, 23, 9, 0, 0, 0, helsinki), "Matti Meikäläinen", "010280-952L", "soita Liisalle")
	dropped, err := f.e.Book("clerk:neuvoja", "veroasiat", time.Date(2026, 11, 23, 10, 0, 0, 0, helsinki), queue.Person{Name: "Aino Peruttu"})
	must(t, err)
	must(t, f.e.CancelAppointment("clerk:neuvoja", dropped.ID))
	_, err = f.e.Delete("clerk:neuvoja", f.issue("verokortit").Ticket.ID, "Kalle kahdesti")
	must(t, err)
	_, err = f.e.Book("clerk:neuvoja", "verokortit", time.Date(2026, 12, 30, 9, 0, 0, 0, helsinki), queue.Person{Name: "Tuleva Varaus"})
	must(t, err)

	day(time.Date(2026, 12, 23, 9, 0, 0, 0, helsinki))
	newVisit = visit(time.Date(2026, 12, 23, 9, 30, 0, 0, helsinki), "Ville Uusi", "100190Y999P", "soita Pekalle")
	day(time.Date(2026, 12, 24, 3, 0, 0, 0, helsinki))
	return oldVisit, newVisit
}

// snapshot is every visit and appointment of the state with its person.
func snapshot(f *fixture) string {
	var b strings.Builder
	f.e.Read(func(s *queue.State) {
		for id := range s.Seq + 1 {
			if t, ok := s.Ticket(id); ok {
				p, _ := s.Person(id)
				j, _ := json.Marshal(t)
				fmt.Fprintf(&b, "%s %+v\n", j, p)
			}
		}
		for _, day := range []string{"2026-11-23", "2026-12-23", "2026-12-30"} {
			for _, sv := range []string{"veroasiat", "verokortit"} {
				for _, a := range s.Appointments(sv, day) {
					j, _ := json.Marshal(a)
					fmt.Fprintf(&b, "%s %+v\n", j, a.Person)
				}
			}
		}
	})
	return b.String()
}

func seqOf(f *fixture) (n uint64) {
	f.e.Read(func(s *queue.State) { n = s.Seq })
	return n
}

// logText is the stored log, event by event.
func logText(t *testing.T, st *store.Store) string {
	var b strings.Builder
	must(t, st.Replay(0, func(ev event.Event) error { fmt.Fprintf(&b, "%s %s %s\n", ev.Kind, ev.Actor, ev.Payload); return nil }))
	return b.String()
}

func TestErasePersonalDataAfterRetention(t *testing.T) {
	f := newFixture(t)
	oldVisit, newVisit := retentionSite(t, f)
	before := snapshot(f)
	for _, s := range append(oldData, newData...) {
		inState := strings.Contains(before, s) || s == "Aino Peruttu" // cancelled: in the log only
		if !inState || !strings.Contains(logText(t, f.st), s) {
			t.Fatalf("%q is not in the state and the log before erasure", s)
		}
	}

	// On 23 December the visits of 23 November are 30 days old: kept.
	got, err := f.e.ErasePersonalData(f.st, time.Date(2026, 12, 23, 23, 0, 0, 0, helsinki))
	must(t, err)
	if got != (queue.Erased{Before: "2026-11-23"}) || snapshot(f) != before {
		t.Fatalf("erased %+v of 30-day-old data", got)
	}

	got, err = f.e.ErasePersonalData(f.st, f.clock.Now())
	must(t, err)
	if want := (queue.Erased{Before: "2026-11-24", Visits: 2, Appointments: 2, Events: 5}); got != want {
		t.Fatalf("erased %+v, want %+v", got, want)
	}
	erased := snapshot(f)
	for _, s := range oldData {
		if strings.Contains(erased, s) || strings.Contains(logText(t, f.st), s) {
			t.Errorf("%q is still in the state or the log", s)
		}
	}
	for _, s := range append(newData, "Tuleva Varaus") {
		if !strings.Contains(erased, s) || !strings.Contains(logText(t, f.st), s) {
			t.Errorf("%q of a day within the retention period was erased", s)
		}
	}
	f.e.Read(func(s *queue.State) {
		old, _ := s.Ticket(oldVisit)
		if _, ok := s.Person(oldVisit); ok || old.HasPerson || len(old.Messages) != 1 || old.Messages[0].Text != "" {
			t.Errorf("old visit after erasure: %+v", old)
		}
		if _, ok := s.Person(newVisit); !ok {
			t.Error("yesterday's visit lost its person")
		}
		if old.CallID != "R1" || old.Day != "2026-11-23" || old.Status != queue.Waiting {
			t.Errorf("erasure changed more than personal data: %+v", old)
		}
	})
	if !strings.Contains(logText(t, f.st), `personal.erased system {"before":"2026-11-24","visits":2,"appointments":2,"events":5}`) {
		t.Error("the erasure is not in the log")
	}

	seq := seqOf(f)
	again, err := f.e.ErasePersonalData(f.st, f.clock.Now().Add(time.Hour))
	must(t, err)
	if again != (queue.Erased{Before: "2026-11-24"}) || seqOf(f) != seq {
		t.Fatalf("a second run erased %+v and logged %d events", again, seqOf(f)-seq)
	}
	f.reopen()
	if replayed := snapshot(f); replayed != erased {
		t.Fatalf("the rewritten log replays to another state:\n%s\nwant\n%s", replayed, erased)
	}
}

// A data file restored from a backup taken before the erasure still holds
// the data; the logged erasure removes it from the state on replay.
func TestErasureEventErasesAnUnrewrittenLog(t *testing.T) {
	f := newFixture(t)
	retentionSite(t, f)
	backup := f.path + ".backup"
	raw, err := os.ReadFile(f.path)
	must(t, err)
	must(t, os.WriteFile(backup, raw, 0o600))
	_, err = f.e.ErasePersonalData(f.st, f.clock.Now())
	must(t, err)
	erased := snapshot(f)

	tail, err := f.st.Events(seqOf(f)-1, 1)
	must(t, err)
	old, err := store.Open(backup)
	must(t, err)
	if _, err := old.Append(tail[0]); err != nil {
		t.Fatal(err)
	}
	old.Close()
	f.st.Close()
	f.path = backup
	f.open()
	if !strings.Contains(logText(t, f.st), "Meikäläinen") {
		t.Fatal("the backup does not hold the old data")
	}
	if got := snapshot(f); got != erased || strings.Contains(got, "Meikäläinen") {
		t.Fatalf("replaying the erasure over the unrewritten log:\n%s\nwant\n%s", got, erased)
	}
}

// failingLog refuses to rewrite, as a full disk would.
type failingLog struct{}

func (failingLog) Redact([]uint64, func(event.Event) (event.Event, error)) (int, error) {
	return 0, errors.New("disk full")
}

func TestFailedRewriteErasesNothing(t *testing.T) {
	f := newFixture(t)
	retentionSite(t, f)
	before, seq := snapshot(f), seqOf(f)
	if _, err := f.e.ErasePersonalData(failingLog{}, f.clock.Now()); err == nil || !strings.HasPrefix(err.Error(), "queue: erase personal data") {
		t.Fatalf("a failed rewrite: %v", err)
	}
	if snapshot(f) != before || seqOf(f) != seq {
		t.Fatal("a failed rewrite changed the state or logged an erasure")
	}
	if got, err := f.e.ErasePersonalData(f.st, f.clock.Now()); err != nil || got.Events != 5 {
		t.Fatalf("the retry erased %+v, %v", got, err)
	}
}

func TestRetentionPeriodIsASiteParameter(t *testing.T) {
	f := newFixture(t)
	days := func() (n int) { f.e.Read(func(s *queue.State) { n = s.RetentionDays() }); return n }
	if days() != 30 {
		t.Fatalf("default retention %d days, want 30", days())
	}
	for _, n := range []int{-1, 3651} {
		if err := f.e.SetSiteParams("clerk:admin", queue.SiteParams{NoShowAfter: 2, RetentionDays: n}); !errors.Is(err, queue.ErrInvalid) {
			t.Errorf("retention of %d days: %v", n, err)
		}
	}
	must(t, f.e.SetSiteParams("clerk:admin", queue.SiteParams{NoShowAfter: 2, RetentionDays: 90}))
	must(t, f.e.SetSiteParams("clerk:admin", queue.SiteParams{NoShowAfter: 3})) // 0 keeps the period
	f.reopen()
	if days() != 90 {
		t.Fatalf("retention after restart %d days, want 90", days())
	}
	oldVisit, newVisit := retentionSite(t, f)
	if got, _ := f.e.ErasePersonalData(f.st, f.clock.Now()); got.Events != 0 {
		t.Fatalf("erased %+v of 31-day-old data with a 90-day period", got)
	}
	must(t, f.e.SetSiteParams("clerk:admin", queue.SiteParams{NoShowAfter: 3, RetentionDays: 1}))
	if got, _ := f.e.ErasePersonalData(f.st, f.clock.Now()); got.Visits != 2 || got.Before != "2026-12-23" {
		t.Fatalf("a 1-day period erased %+v, want the two visits of 23 November", got)
	}
	f.e.Read(func(s *queue.State) {
		_, oldKept := s.Person(oldVisit)
		_, newKept := s.Person(newVisit)
		if oldKept || !newKept {
			t.Errorf("with a 1-day period on 24 December: old visit's person kept %v, yesterday's %v", oldKept, newKept)
		}
	})
}

func TestMessagesAndReasonsStoredMasked(t *testing.T) {
	f := newFixture(t)
	id := f.issue("veroasiat").Ticket.ID
	m, err := f.e.AddMessage("clerk:vero", id, "asiakas010280-952lsoitti")
	must(t, err)
	d, err := f.e.Delete("clerk:neuvoja", id, "kahdesti, 100190y999p ja 100190-999P")
	must(t, err)
	if m.Messages[0].Text != "asiakas010280-****soitti" || d.Note != "kahdesti, 100190Y**** ja 100190-****" {
		t.Fatalf("message %q, reason %q", m.Messages[0].Text, d.Note)
	}
	log := strings.ToUpper(logText(t, f.st))
	for _, code := range []string{"952L", "999P"} {
		if strings.Contains(log, code) {
			t.Errorf("the log holds %s", code)
		}
	}
}
