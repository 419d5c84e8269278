package queue_test

import (
	"errors"
	"testing"
	"time"

	"vuoro/hub/queue"
)

func (f *fixture) waiting(service string) (n int) {
	f.e.Read(func(s *queue.State) { n = s.WaitingCount(service) })
	return n
}

func kioskRequest(id string) queue.IssueRequest {
	return queue.IssueRequest{RequestID: id, Service: "veroasiat", Device: "k1", Persons: 1}
}

// A kiosk that gave up after the hub issued its ticket cancels it: the
// number leaves the queue, is void, and the request never issues again.
func TestCancelVoidsAnIssuedTicket(t *testing.T) {
	f := newFixture(t)
	got, err := f.e.Issue("kiosk:k1", kioskRequest("req-1"))
	must(t, err)
	c, err := f.e.CancelRequest("k1", "req-1")
	if err != nil || c.Repeat || c.Ticket.ID != got.Ticket.ID {
		t.Fatalf("CancelRequest = %+v, %v; want ticket %d voided", c, err, got.Ticket.ID)
	}
	if n := f.waiting("veroasiat"); n != 0 {
		t.Errorf("%d visits wait after the cancel, want 0", n)
	}
	if st := f.status(got.Ticket.ID); st != queue.Deleted {
		t.Errorf("the cancelled visit is %s, want deleted", st)
	}
	if _, err := f.e.Issue("kiosk:k1", kioskRequest("req-1")); !errors.Is(err, queue.ErrCancelled) {
		t.Errorf("repeated request after the cancel: %v, want ErrCancelled", err)
	}
	if c, err := f.e.CancelRequest("k1", "req-1"); err != nil || !c.Repeat {
		t.Errorf("second cancel = %+v, %v; want a repeat", c, err)
	}
	if _, err := f.e.CallNext("maija", []string{"veroasiat"}, "5"); !errors.Is(err, queue.ErrEmpty) {
		t.Errorf("a clerk's call after the cancel: %v, want ErrEmpty", err)
	}
}

// A cancel that overtakes its request is remembered, in the log: the
// request is refused when it arrives, also after a restart.
func TestCancelBeforeTheRequestRefusesIt(t *testing.T) {
	f := newFixture(t)
	c, err := f.e.CancelRequest("k1", "req-2")
	if err != nil || c.Repeat || c.Ticket.ID != 0 {
		t.Fatalf("CancelRequest = %+v, %v; want recorded with no ticket", c, err)
	}
	f.reopen()
	if _, err := f.e.Issue("kiosk:k1", kioskRequest("req-2")); !errors.Is(err, queue.ErrCancelled) {
		t.Fatalf("late request: %v, want ErrCancelled", err)
	}
	if n := f.waiting("veroasiat"); n != 0 {
		t.Errorf("%d visits wait, want 0", n)
	}
}

func TestCancelOfAnotherKiosksRequest(t *testing.T) {
	f := newFixture(t)
	got, err := f.e.Issue("kiosk:k1", kioskRequest("req-3"))
	must(t, err)
	if _, err := f.e.CancelRequest("k2", "req-3"); !errors.Is(err, queue.ErrNotFound) {
		t.Fatalf("k2 cancelling k1's request: %v, want ErrNotFound", err)
	}
	if st := f.status(got.Ticket.ID); st != queue.Waiting {
		t.Errorf("k1's visit is %s, want waiting", st)
	}
}

// A visit a clerk already serves is not voided by a late cancel.
func TestCancelLeavesAServedVisit(t *testing.T) {
	f := newFixture(t)
	got, err := f.e.Issue("kiosk:k1", kioskRequest("req-4"))
	must(t, err)
	_, err = f.e.CallTicket("maija", got.Ticket.ID, "5")
	must(t, err)
	_, err = f.e.Start("clerk:maija", got.Ticket.ID)
	must(t, err)
	if c, err := f.e.CancelRequest("k1", "req-4"); err != nil || !c.Repeat {
		t.Fatalf("CancelRequest = %+v, %v; want nothing done", c, err)
	}
	if st := f.status(got.Ticket.ID); st != queue.Serving {
		t.Errorf("the served visit is %s, want serving", st)
	}
}

func TestRequestPastItsDeadlineIsRefused(t *testing.T) {
	f := newFixture(t)
	late := kioskRequest("req-5")
	late.Deadline = f.clock.Now().Add(-time.Millisecond)
	if _, err := f.e.Issue("kiosk:k1", late); !errors.Is(err, queue.ErrPastDeadline) {
		t.Fatalf("request past its deadline: %v, want ErrPastDeadline", err)
	}
	if n := f.waiting("veroasiat"); n != 0 {
		t.Fatalf("%d visits wait, want 0", n)
	}
	inTime := kioskRequest("req-6")
	inTime.Deadline = f.clock.Now().Add(10 * time.Second)
	if _, err := f.e.Issue("kiosk:k1", inTime); err != nil {
		t.Fatalf("request within its deadline: %v", err)
	}
}

// A cancelled request id is forgotten with its day, as every request id.
func TestCancelledRequestForgottenAtDayClose(t *testing.T) {
	f := newFixture(t)
	f.issue("veroasiat") // a day with a visit, to be closed
	_, err := f.e.CancelRequest("k1", "req-7")
	must(t, err)
	f.clock.Advance(24 * time.Hour)
	_, err = f.e.CloseDay()
	must(t, err)
	if c, err := f.e.CancelRequest("k1", "req-7"); err != nil || c.Repeat {
		t.Fatalf("cancel after the day closed = %+v, %v; want recorded anew", c, err)
	}
}
