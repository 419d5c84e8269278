package queue_test

import (
	"errors"
	"testing"

	"vuoro/hub/queue"
)

// A citizen who leaves from the follow page is out of the queue at once:
// the next one moves up, the visit is ended with the reason, and a
// replayed log agrees.
func TestLeaveEndsTheVisitAndMovesTheQueue(t *testing.T) {
	f := newFixture(t)
	first := f.issue("veroasiat").Ticket
	second := f.issue("veroasiat").Ticket
	if _, err := f.e.Leave("follow", first.ID, "because"); !errors.Is(err, queue.ErrInvalid) {
		t.Fatalf("leave with a free-text reason: %v, want ErrInvalid", err)
	}
	if _, err := f.e.Leave("follow", first.ID, queue.LeftSolved); err != nil {
		t.Fatal(err)
	}
	f.e.Read(func(s *queue.State) {
		got, _ := s.Ticket(first.ID)
		if got.Status != queue.Ended || got.Note != "left: solved" {
			t.Errorf("left visit: status %s note %q", got.Status, got.Note)
		}
		if n := s.Ahead(second.ID); n != 0 {
			t.Errorf("%d ahead of the second after the first left, want 0", n)
		}
	})
	if _, err := f.e.Leave("follow", first.ID, queue.LeftSolved); !errors.Is(err, queue.ErrTransition) {
		t.Errorf("leaving twice: %v, want ErrTransition", err)
	}
}
