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
	st, err := store.Open(filepath.Join(t.TempDir(), "hub.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	eng, err := queue.Open(st, clock)
	if err != nil {
		t.Fatal(err)
	}
	for _, step := range []error{
		eng.SetSite("system", queue.Site{ID: "lahti", Name: "Lahti", TimeZone: "Europe/Helsinki"}),
		eng.AddAgency("system", queue.Agency{ID: "vero"}),
		eng.AddService("system", queue.Service{ID: "veroasiat", Agency: "vero", Letter: "R"}),
	} {
		if step != nil {
			t.Fatal(step)
		}
	}
	r1, err := eng.Issue("kiosk:k1", queue.IssueRequest{Service: "veroasiat"})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	k := housekeeper{eng: eng, every: 5 * time.Millisecond, log: slog.New(slog.NewTextHandler(io.Discard, nil))}
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
	deadline := time.Now().Add(5 * time.Second)
	for status() != queue.Expired {
		if time.Now().After(deadline) {
			t.Fatalf("R1 still %s after midnight", status())
		}
		time.Sleep(5 * time.Millisecond)
	}
}
