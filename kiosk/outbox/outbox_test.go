package outbox_test

import (
	"errors"
	"path/filepath"
	"testing"
	"time"

	"vuoro/kiosk/outbox"
	"vuoro/shared/wire"
)

var at = time.Date(2026, 11, 23, 8, 0, 0, 0, time.UTC)

func open(t *testing.T, path string) *outbox.Outbox {
	t.Helper()
	o, err := outbox.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	return o
}

func ticket(id, day string) wire.OfflineTicket {
	return wire.OfflineTicket{Header: wire.Header{V: wire.Version, ID: id, Sent: at}, Device: "kiosk-1",
		Service: "veroasiat", Day: day, CheckedIn: at, Persons: 1, Lang: "fi"}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// Tickets taken from the blocks survive a restart of the kiosk, never share
// a number, and leave the outbox only when removed after the hub's ack.
func TestTicketsSurviveAReopenAndNumbersAreNeverTakenTwice(t *testing.T) {
	path := filepath.Join(t.TempDir(), "outbox.db")
	o := open(t, path)
	must(t, o.SetBlocks([]wire.Block{{Service: "veroasiat", Letter: "R", Day: "2026-11-23", First: 6, Last: 8, Used: []int{6}},
		{Service: "veroasiat", Letter: "R", Day: "2026-11-22", First: 1, Last: 5}}))
	a, err := o.Take(ticket("a", "2026-11-23"))
	must(t, err)
	if a.CallID != "R7" {
		t.Fatalf("first ticket %s, want R7 (R6 is the hub's already)", a.CallID)
	}
	must(t, o.Close())

	o = open(t, path)
	defer o.Close()
	if left := o.Left("2026-11-23"); left["veroasiat"] != 1 {
		t.Fatalf("left after a reopen %v, want 1", left)
	}
	b, err := o.Take(ticket("b", "2026-11-23"))
	must(t, err)
	if b.CallID != "R8" {
		t.Fatalf("second ticket %s, want R8", b.CallID)
	}
	if _, err := o.Take(ticket("c", "2026-11-23")); !errors.Is(err, outbox.ErrNoNumber) {
		t.Fatalf("a third ticket: %v, want ErrNoNumber", err)
	}
	if _, err := o.Take(ticket("d", "2026-11-24")); !errors.Is(err, outbox.ErrNoNumber) {
		t.Fatalf("a ticket of a day with no block: %v, want ErrNoNumber", err)
	}
	// The hub's next set, before it has the kiosk's tickets, leaves them used.
	must(t, o.SetBlocks([]wire.Block{{Service: "veroasiat", Letter: "R", Day: "2026-11-23", First: 6, Last: 8, Used: []int{6}}}))
	if _, err := o.Take(ticket("e", "2026-11-23")); !errors.Is(err, outbox.ErrNoNumber) {
		t.Fatalf("a number after a new set: %v, want ErrNoNumber", err)
	}
	p, err := o.Pending()
	must(t, err)
	if len(p) != 2 || p[0].ID != "a" || p[1].ID != "b" {
		t.Fatalf("pending %+v, want a and b", p)
	}
	must(t, o.Remove("a"))
	p, err = o.Pending()
	must(t, err)
	if len(p) != 1 || p[0].ID != "b" {
		t.Fatalf("pending after the ack of a: %+v", p)
	}
}
