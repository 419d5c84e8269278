package queue_test

import (
	"fmt"
	"testing"
	"time"

	"vuoro/hub/queue"
)

func (f *fixture) issuePriority(service string) queue.Ticket {
	f.t.Helper()
	f.clock.Advance(time.Minute)
	out, err := f.e.Issue("advisor:aino", queue.IssueRequest{Service: service, Priority: true})
	must(f.t, err)
	return out.Ticket
}

// callAll calls every waiting ticket, ending each visit, and returns the
// call ids and reasons in order.
func (f *fixture) callAll(services ...string) []string {
	var out []string
	for {
		t, err := f.e.CallNext("maija", services, "5")
		if err != nil {
			return out
		}
		out = append(out, t.CallID+":"+t.Reason)
		f.e.End("clerk:maija", t.ID)
	}
}

func TestInterleavePriorityClass(t *testing.T) {
	f := newFixture(t)
	must(t, f.e.Configure("admin", "veroasiat", queue.Settings{Rule: queue.Rule{Interleave: 2}}))
	for range 5 {
		f.issue("veroasiat") // R1..R5
	}
	f.issuePriority("veroasiat") // R6
	f.issuePriority("veroasiat") // R7
	got := fmt.Sprint(f.callAll("veroasiat"))
	want := "[R1:first R2:first R6:priority-turn R3:first R4:first R7:priority-turn R5:first]"
	if got != want {
		t.Fatalf("2:1 interleave called %s\nwant %s", got, want)
	}
}

func TestBoostMovesPriorityEarlier(t *testing.T) {
	f := newFixture(t)
	must(t, f.e.Configure("admin", "veroasiat", queue.Settings{Rule: queue.Rule{Boost: 150 * time.Second}}))
	f.issue("veroasiat")         // R1 at +1 min
	f.issue("veroasiat")         // R2 at +2 min
	f.issue("veroasiat")         // R3 at +3 min
	f.issuePriority("veroasiat") // R4 at +4 min, placed at +1.5 min
	got := fmt.Sprint(f.callAll("veroasiat"))
	if want := "[R1:first R4:priority R2:first R3:first]"; got != want {
		t.Fatalf("boost called %s, want %s", got, want)
	}
}

func TestAppointmentsAreCalledAtTheirTime(t *testing.T) {
	f := newFixture(t) // 08:00
	a, err := f.e.Book("advisor:aino", "veroasiat", f.clock.Now().Add(150*time.Second), queue.Person{Name: "Matti Meikäläinen", HETU: "010280-952L"})
	must(t, err)
	f.issue("veroasiat")                           // R1 08:01
	f.issue("veroasiat")                           // R2 08:02
	f.issue("veroasiat")                           // R3 08:03
	in, err := f.e.CheckIn("kiosk:k1", a.ID, "k1") // R4, appointment 08:02:30
	must(t, err)
	if again, _ := f.e.CheckIn("kiosk:k1", a.ID, "k1"); again.Ticket.ID != in.Ticket.ID || !again.Repeat {
		t.Fatalf("a second check-in made another ticket: %+v", again)
	}
	if in.Ahead != 2 {
		t.Errorf("appointment ticket has %d ahead, want 2 (R1, R2)", in.Ahead)
	}
	f.e.Read(func(s *queue.State) {
		p, ok := s.Person(in.Ticket.ID)
		if !ok || p.HETU != "010280-952L" || !in.Ticket.HasPerson {
			t.Errorf("person of the appointment's visit: %+v %v", p, ok)
		}
	})
	if got := fmt.Sprint(f.callAll("veroasiat")); got != "[R1:first R2:first R4:appointment R3:first]" {
		t.Fatalf("called %s", got)
	}
}

func TestCallChosenTicket(t *testing.T) {
	f := newFixture(t)
	f.issue("veroasiat")
	r2 := f.issue("veroasiat").Ticket
	got, err := f.e.CallTicket("maija", r2.ID, "5")
	must(t, err)
	if got.CallID != "R2" || got.Reason != queue.ReasonChosen {
		t.Fatalf("called %+v", got)
	}
}
