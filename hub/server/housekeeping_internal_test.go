package server

import (
	"context"
	"io"
	"log/slog"
	"path/filepath"
	"testing"
	"time"

	"vuoro/hub/queue"
	"vuoro/hub/queue/queuetest"
	"vuoro/hub/store"
)

func TestHousekeeperClosesTheDayWhenTheClockPassesMidnight(t *testing.T) {
	helsinki, _ := time.LoadLocation("Europe/Helsinki")
	clock := queuetest.NewClock(time.Date(2026, 11, 23, 15, 0, 0, 0, helsinki))
	eng, st := taxOffice(t, clock)
	r1, err := eng.Issue("kiosk:k1", queue.IssueRequest{Service: "veroasiat"})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	if _, err := eng.AddMessage("clerk:maija", r1.Ticket.ID, "Soita Liisa Lehtiselle"); err != nil {
		t.Fatal(err)
	}
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	erase := func(now time.Time) error { return eraseExpired(eng, st, now, log) }
	k := housekeeper{eng: eng, erase: erase, now: clock.Now, every: 5 * time.Millisecond, log: log}
	go func() { k.run(ctx); close(done) }()
	defer func() { cancel(); <-done }()

	status := func() queue.Status {
		var s queue.Status
		eng.Read(func(st *queue.State) { tk, _ := st.Ticket(r1.Ticket.ID); s = tk.Status })
		return s
	}
	time.Sleep(50 * time.Millisecond) // ten checks in the afternoon
	if s := status(); s != queue.Waiting {
		t.Fatalf("R1 is %s in the afternoon", s)
	}
	clock.Set(time.Date(2026, 11, 24, 0, 0, 10, 0, helsinki))
	waitFor(t, "R1 not expired after midnight", func() bool { return status() == queue.Expired })

	// The message is kept for the retention period (30 days), and erased
	// by the housekeeper after it.
	message := func() string {
		var text string
		eng.Read(func(st *queue.State) { tk, _ := st.Ticket(r1.Ticket.ID); text = tk.Messages[0].Text })
		return text
	}
	clock.Set(time.Date(2026, 12, 23, 1, 0, 0, 0, helsinki))
	time.Sleep(50 * time.Millisecond)
	if message() == "" {
		t.Fatal("the message was erased within the retention period")
	}
	clock.Set(time.Date(2026, 12, 24, 1, 0, 0, 0, helsinki))
	waitFor(t, "the message outlived the retention period", func() bool { return message() == "" })
}

func waitFor(t *testing.T, what string, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatal(what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func TestHousekeeperMarksNoShowsAfterTheWindow(t *testing.T) {
	helsinki, _ := time.LoadLocation("Europe/Helsinki")
	clock := queuetest.NewClock(time.Date(2026, 11, 23, 9, 0, 0, 0, helsinki))
	eng, _ := taxOffice(t, clock)
	a, err := eng.Book("clerk:maija", "veroasiat", time.Date(2026, 11, 23, 10, 0, 0, 0, helsinki), queue.Person{Name: "Matti Meikäläinen"})
	if err != nil {
		t.Fatal(err)
	}
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	k := housekeeper{eng: eng, erase: func(time.Time) error { return nil }, now: clock.Now, every: 5 * time.Millisecond, log: log}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { k.run(ctx); close(done) }()
	defer func() { cancel(); <-done }()
	noShow := func() bool {
		var v bool
		eng.Read(func(s *queue.State) { v = s.Appointments("veroasiat", "2026-11-23")[0].NoShow })
		return v
	}
	clock.Set(time.Date(2026, 11, 23, 10, 10, 0, 0, helsinki)) // the default window's last minute
	time.Sleep(50 * time.Millisecond)
	if noShow() {
		t.Fatalf("appointment %d marked a no-show in its window", a.ID)
	}
	clock.Set(time.Date(2026, 11, 23, 10, 11, 0, 0, helsinki))
	waitFor(t, "no no-show after the window", noShow)
}

// taxOffice is the one-queue site on a real data file, on clock.
func taxOffice(t *testing.T, clock *queuetest.Clock) (*queue.Engine, *store.Store) {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "hub.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	eng, err := queue.Open(st, clock)
	if err != nil {
		t.Fatal(err)
	}
	if err := queuetest.TaxOffice(eng); err != nil {
		t.Fatal(err)
	}
	return eng, st
}
