package queue_test

import (
	"errors"
	"fmt"
	"slices"
	"testing"
	"time"

	"vuoro/hub/queue"
)

// kiosks enrols and activates kiosks with the ids given.
func (f *fixture) kiosks(ids ...string) {
	f.t.Helper()
	for _, id := range ids {
		_, err := f.e.EnrolDevice("clerk:admin", id, queue.DeviceKiosk, "", f.clock.Now().Add(time.Hour))
		must(f.t, err)
		_, err = f.e.ActivateDevice("device:"+id, id)
		must(f.t, err)
	}
}

func (f *fixture) topUp() int {
	f.t.Helper()
	n, err := f.e.TopUpBlocks()
	must(f.t, err)
	return n
}

func (f *fixture) blocks(device string) []queue.Block {
	var out []queue.Block
	f.e.Read(func(s *queue.State) { out = s.Blocks(device) })
	return out
}

// deliver delivers the ticket a kiosk issued from its block at checkedIn.
func (f *fixture) deliver(device, service string, n int, checkedIn time.Time) (queue.Delivered, error) {
	return f.e.DeliverOffline("kiosk:"+device, queue.OfflineTicket{RequestID: fmt.Sprintf("%s-%s-%d", device, service, n),
		Device: device, Service: service, Day: "2026-11-23", Number: n, CheckedIn: checkedIn, Persons: 1})
}

func (f *fixture) waitingIDs(service string) []string {
	var out []string
	f.e.Read(func(s *queue.State) {
		for _, t := range s.Waiting(service) {
			out = append(out, t.CallID)
		}
	})
	return out
}

func TestBlocksAreNumberedApartAndNumbersStayUnique(t *testing.T) {
	f := newFixture(t)
	f.kiosks("k1", "k2")
	if n := f.topUp(); n != 4 { // two kiosks, two services
		t.Fatalf("granted %d blocks, want 4", n)
	}
	if n := f.topUp(); n != 0 {
		t.Fatalf("a second round granted %d blocks, want none", n)
	}
	k1, k2 := f.blocks("k1"), f.blocks("k2")
	if len(k1) != 2 || k1[0].Service != "veroasiat" || k1[0].First != 901 || k1[0].Last != 905 || k1[0].Letter != "R" ||
		k2[0].First != 906 || k2[0].Last != 910 || k2[1].Service != "verokortit" || k2[1].First != 906 {
		t.Fatalf("blocks of k1 %+v, of k2 %+v", k1, k2)
	}
	if got := f.waitingIDs("veroasiat"); len(got) != 0 {
		t.Fatalf("unused block numbers wait in the queue: %v", got)
	}

	seen := map[string]bool{}
	note := func(callID string) {
		if seen[callID] {
			t.Fatalf("%s given twice", callID)
		}
		seen[callID] = true
	}
	note(f.issue("veroasiat").Ticket.CallID) // online: from 1, whatever the kiosks hold
	if !seen["R1"] {
		t.Fatalf("the first online ticket is not R1: %v", seen)
	}
	for n := 901; n <= 903; n++ { // k1 used three of its five: it gets another block
		d, err := f.deliver("k1", "veroasiat", n, f.clock.Now())
		must(t, err)
		note(d.Ticket.CallID)
		note(f.issue("veroasiat").Ticket.CallID)
	}
	if n := f.topUp(); n != 1 {
		t.Fatalf("after k1 used three numbers the top-up granted %d blocks, want 1", n)
	}
	k1 = f.blocks("k1")
	if last := k1[len(k1)-1]; last.First != 911 || last.Last != 915 {
		t.Fatalf("k1's new block %+v, want R911..R915 after k2's R906..R910", last)
	}
	note(f.issue("veroasiat").Ticket.CallID)
	if !seen["R5"] {
		t.Fatalf("online tickets do not go on from R4: %v", seen)
	}
}

// On a day busy enough for the online numbers to reach the blocks, they
// step over every number granted, and the next block follows them.
func TestOnlineNumbersStepOverTheBlocks(t *testing.T) {
	f := newFixture(t)
	f.kiosks("k1")
	f.topUp() // R901..R905
	for range queue.OfflineFirst - 1 {
		f.issue("veroasiat")
	}
	if got := f.issue("veroasiat").Ticket.CallID; got != "R906" {
		t.Fatalf("the online ticket after R900 is %s, want R906 past k1's block", got)
	}
	for n := 901; n <= 903; n++ {
		_, err := f.deliver("k1", "veroasiat", n, f.clock.Now())
		must(t, err)
	}
	f.topUp()
	if b := f.blocks("k1"); b[len(b)-1].First != 907 {
		t.Fatalf("the block granted after the online R906: %+v, want from R907", b[len(b)-1])
	}
	if got := f.issue("veroasiat").Ticket.CallID; got != "R912" {
		t.Fatalf("the next online ticket is %s, want R912", got)
	}
}

func TestOfflineTicketsJoinTheirQueueByCheckInTime(t *testing.T) {
	f := newFixture(t)
	f.kiosks("k1")
	f.topUp()
	start := f.clock.Now()            // 08:00: blocks granted
	online := f.issue("veroasiat")    // R1 at 08:01
	f.clock.Advance(10 * time.Minute) // 08:11: k1 comes back
	_, err := f.deliver("k1", "veroasiat", 902, start.Add(3*time.Minute))
	must(t, err)
	_, err = f.deliver("k1", "veroasiat", 901, start.Add(30*time.Second))
	must(t, err)
	early, err := f.deliver("k1", "veroasiat", 903, start.Add(-time.Hour)) // a kiosk clock far behind
	must(t, err)
	late, err := f.deliver("k1", "veroasiat", 904, start.Add(5*time.Hour)) // a kiosk clock far ahead
	must(t, err)
	if got, want := f.waitingIDs("veroasiat"), []string{"R903", "R901", "R1", "R902", "R904"}; !slices.Equal(got, want) {
		t.Fatalf("waiting %v, want %v (check-in order: R903 clamped to the grant, R904 to now)", got, want)
	}
	if !early.Ticket.Issued.Equal(start) || !late.Ticket.Issued.Equal(f.clock.Now()) || !late.Ticket.Offline {
		t.Fatalf("clamped check-ins %v and %v, want %v and %v", early.Ticket.Issued, late.Ticket.Issued, start, f.clock.Now())
	}
	f.e.Read(func(s *queue.State) {
		if a := s.Ahead(online.Ticket.ID); a != 2 {
			t.Fatalf("%d ahead of the online R1, want 2 (R903 and R901 checked in before it)", a)
		}
	})
}

func TestADeliveryIsRecordedOnceAndOnlyForItsOwnBlock(t *testing.T) {
	f := newFixture(t)
	f.kiosks("k1", "k2")
	f.topUp()
	first, err := f.deliver("k1", "veroasiat", 901, f.clock.Now())
	must(t, err)
	again, err := f.deliver("k1", "veroasiat", 901, f.clock.Now())
	if err != nil || !again.Repeat || again.Ticket.ID != first.Ticket.ID {
		t.Fatalf("a repeated delivery: %+v, %v; want the first ticket %d, repeat", again, err, first.Ticket.ID)
	}
	other := queue.OfflineTicket{RequestID: "another", Device: "k1", Service: "veroasiat", Day: "2026-11-23", Number: 901, Persons: 1}
	if _, err := f.e.DeliverOffline("kiosk:k1", other); !errors.Is(err, queue.ErrExists) {
		t.Fatalf("another ticket with a used number: %v, want ErrExists", err)
	}
	for _, c := range []struct {
		name   string
		device string
		n      int
	}{{"past the block", "k1", 906}, {"another kiosk's number", "k2", 901}, {"a number never granted", "k1", 940}, {"an online number", "k1", 1}} {
		if _, err := f.deliver(c.device, "veroasiat", c.n, f.clock.Now()); !errors.Is(err, queue.ErrNotFound) {
			t.Errorf("%s: %v, want ErrNotFound", c.name, err)
		}
	}
	if got := f.waitingIDs("veroasiat"); !slices.Equal(got, []string{"R901"}) {
		t.Fatalf("waiting %v, want only R901", got)
	}
	f.reopen()
	if again, err := f.deliver("k1", "veroasiat", 901, f.clock.Now()); err != nil || !again.Repeat {
		t.Fatalf("a repeat after a restart: %+v, %v", again, err)
	}
}

func TestTheDayCloseEndsBlocksAndALateDeliveryExpires(t *testing.T) {
	f := newFixture(t)
	f.kiosks("k1", "k2")
	f.topUp()
	f.clock.now = time.Date(2026, 11, 24, 8, 0, 0, 0, helsinki)
	f.closeDay()
	if b := f.blocks("k1"); len(b) != 0 {
		t.Fatalf("blocks after the day close: %+v", b)
	}
	d, err := f.deliver("k1", "veroasiat", 902, time.Date(2026, 11, 23, 15, 0, 0, 0, helsinki))
	if err != nil || !d.Expired || d.Ticket.Status != queue.Expired {
		t.Fatalf("a delivery of the closed day: %+v, %v; want recorded as expired", d, err)
	}
	if got := f.waitingIDs("veroasiat"); len(got) != 0 {
		t.Fatalf("today's queue holds %v", got)
	}
	f.topUp()
	if b := f.blocks("k1"); len(b) != 2 || b[0].Day != "2026-11-24" || b[0].First != 901 {
		t.Fatalf("the new day's blocks %+v, want numbers from 901", b)
	}
	if got := f.issue("veroasiat").Ticket.CallID; got != "R1" {
		t.Fatalf("the day's first online ticket %s, want R1", got)
	}

	_, err = f.e.RevokeDevice("clerk:admin", "k2")
	must(t, err)
	if b := f.blocks("k2"); len(b) != 0 || f.topUp() != 0 {
		t.Fatalf("a revoked kiosk's blocks %+v, or it got new ones", b)
	}
	f.checkSnapshot("after blocks, deliveries, a day close and a revocation")
}
