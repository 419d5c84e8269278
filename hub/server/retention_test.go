package server

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"vuoro/hub/queue"
	"vuoro/hub/queue/queuetest"
	"vuoro/hub/store"
)

var (
	// The 31-day-old data: a visit's person and message, and a booking.
	expired = []string{"Matti Meikäläinen", "010280-952L", "Soita Liisa Lehtiselle", "Aino Äijälä", "131052-308T"}
	// Yesterday's visit.
	kept = []string{"Ville Väänänen", "100190Y999P", "Tuo passi mukanasi"}
)

// forms are the ways s could be written in the data file.
func forms(s string) []string {
	j, _ := json.Marshal(s)
	ascii := strconv.QuoteToASCII(s)
	return []string{s, strings.ToLower(s), strings.ToUpper(s), string(j[1 : len(j)-1]), ascii[1 : len(ascii)-1]}
}

func TestEraseExpiredLeavesNoTraceInTheDataFile(t *testing.T) {
	hel, _ := time.LoadLocation("Europe/Helsinki")
	clock := &handClock{now: time.Date(2026, 11, 23, 8, 0, 0, 0, hel)}
	dir := t.TempDir()
	h, err := Start(Options{DataDir: dir, HTTPAddr: "127.0.0.1:0", MQTTAddr: "127.0.0.1:0", Clock: clock, Init: true,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	open := true
	defer func() {
		if open {
			h.Close()
		}
	}()
	e := h.engine
	must(t, queuetest.TaxOffice(e))
	visit := func(at time.Time, p queue.Person, msgs ...string) {
		a, err := e.Book("clerk:neuvoja", "veroasiat", at, p)
		must(t, err)
		in, err := e.CheckIn("kiosk:k1", a.ID, "k1")
		must(t, err)
		for _, msg := range msgs {
			_, err = e.AddMessage("clerk:vero", in.Ticket.ID, msg)
			must(t, err)
		}
	}
	// Messages over several pages of the file, more than the writes after
	// the erasure reuse: their old bytes stay in free pages until compacted.
	long := make([]string, 40)
	for i := range long {
		long[i] = fmt.Sprintf("Soita Liisa Lehtiselle, viesti %d: %s", i, strings.Repeat("lisätietoa ", 30))
	}
	visit(time.Date(2026, 11, 23, 9, 0, 0, 0, hel), queue.Person{Name: "Matti Meikäläinen", HETU: "010280-952L"}, long...)
	_, err = e.Book("clerk:neuvoja", "veroasiat", time.Date(2026, 11, 23, 14, 0, 0, 0, hel), queue.Person{Name: "Aino Äijälä", HETU: "131052-308T"})
	must(t, err)
	clock.set(time.Date(2026, 12, 23, 9, 0, 0, 0, hel))
	visit(time.Date(2026, 12, 23, 9, 30, 0, 0, hel), queue.Person{Name: "Ville Väänänen", HETU: "100190Y999P"}, "Tuo passi mukanasi")

	path := filepath.Join(dir, "hub.db")
	raw := func() string {
		b, err := os.ReadFile(path)
		must(t, err)
		return string(b)
	}
	for _, s := range append(expired, kept...) {
		if !strings.Contains(raw(), s) {
			t.Fatalf("%q is not in the data file before erasure", s)
		}
	}

	now := time.Date(2026, 12, 24, 3, 0, 0, 0, hel)
	clock.set(now)
	var logs bytes.Buffer // the erasure's own log
	erase := func(now time.Time) error {
		return eraseExpired(h.engine, h.store, now, slog.New(slog.NewTextHandler(&logs, nil)))
	}
	must(t, erase(now))
	file := raw()
	for _, s := range expired {
		for _, f := range forms(s) {
			if strings.Contains(file, f) {
				t.Errorf("%q of a 31-day-old visit is still in the data file", f)
			}
		}
	}
	for _, s := range kept {
		if !strings.Contains(file, s) {
			t.Errorf("%q of yesterday's visit is gone from the data file", s)
		}
	}
	if !strings.Contains(logs.String(), "before=2026-11-24 visits=1 appointments=2 events=43") {
		t.Errorf("the erasure is not logged with its counts:\n%s", logs.String())
	}

	// The hub goes on: a new visit is logged after the compaction, and a
	// second run erases and compacts nothing.
	visit(now.Add(6*time.Hour), queue.Person{Name: "Uusi Asiakas"}, "Uusi viesti")
	must(t, erase(now.Add(24*time.Hour)))
	if n := strings.Count(logs.String(), "data file compacted"); n != 1 {
		t.Errorf("compacted %d times, want once", n)
	}
	for _, s := range append(expired, kept...) {
		if strings.Contains(logs.String(), s) {
			t.Errorf("the hub's log holds %q", s)
		}
	}
	h.Close()
	open = false

	st, err := store.Open(path)
	must(t, err)
	defer st.Close()
	re, err := queue.Open(st, clock)
	must(t, err)
	re.Read(func(s *queue.State) {
		var people []string
		for id := range s.Seq + 1 {
			if p, ok := s.Person(id); ok {
				people = append(people, p.Name)
			}
		}
		if strings.Join(people, ",") != "Ville Väänänen,Uusi Asiakas" {
			t.Errorf("after reopening, the visits' persons are %v", people)
		}
	})
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
