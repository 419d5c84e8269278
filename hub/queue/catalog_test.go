package queue_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"vuoro/hub/queue"
)

func TestCatalogEdits(t *testing.T) {
	f := newFixture(t)
	must(t, f.e.UpdateAgency("a", queue.Agency{ID: "vero", Names: map[string]string{"fi": "Verohallinto"}}))
	must(t, f.e.UpdateService("a", queue.ServiceUpdated{ID: "veroasiat", Agency: "vero", Letter: "S",
		Names: map[string]string{"fi": "Veroasiat"}, MultiDay: true}))
	must(t, f.e.UpdateRoom("a", queue.Room{ID: "5", Name: "Aspa 5", Floor: 2, Capacity: 3, Attributes: []string{"step-free"}}))
	must(t, f.e.RemoveRoom("a", "6"))
	must(t, f.e.RemoveService("a", "verokortit"))
	check := func(when string) {
		f.e.Read(func(s *queue.State) {
			sv, _ := s.Service("veroasiat")
			r, _ := s.Room("5")
			if s.Agencies[0].Names["fi"] != "Verohallinto" || sv.Letter != "S" || !sv.MultiDay || sv.Names["fi"] != "Veroasiat" {
				t.Errorf("%s: agency %+v, service %+v", when, s.Agencies[0], sv)
			}
			if r.Capacity != 3 || r.Floor != 2 || len(s.Rooms) != 1 || len(s.Services) != 1 {
				t.Errorf("%s: rooms %+v, services %d", when, s.Rooms, len(s.Services))
			}
		})
	}
	check("after the edits")
	if got := f.issue("veroasiat").Ticket.CallID; got != "S1" {
		t.Errorf("a ticket after the new letter = %s, want S1", got)
	}
	f.reopen()
	check("after replay")
	must(t, f.e.AddService("a", queue.Service{ID: "verokortit", Agency: "vero", Letter: "T"})) // the removed id and letter are free again
}

func TestCatalogRefusals(t *testing.T) {
	f := newFixture(t)
	f.issue("veroasiat")
	called := f.issue("verokortit").Ticket
	_, err := f.e.CallTicket("maija", called.ID, "5")
	must(t, err)
	_, err = f.e.Book("a", "verokortit", f.clock.Now().Add(time.Hour), queue.Person{Name: "Matti"})
	must(t, err)
	letter := queue.ServiceUpdated{ID: "veroasiat", Agency: "vero", Letter: "S"}
	tests := []struct {
		name string
		err  error
		want error
		says string
	}{
		{"remove a queue with a waiting visit", f.e.RemoveService("a", "veroasiat"), queue.ErrInUse, "veroasiat has 1 open visits"},
		{"re-letter a queue with a waiting visit", f.e.UpdateService("a", letter), queue.ErrInUse, "letter R cannot change"},
		{"remove a room serving a visit", f.e.RemoveRoom("a", "5"), queue.ErrInUse, "room 5 is serving T1"},
		{"remove an agency with services", f.e.RemoveAgency("a", "vero"), queue.ErrInUse, "still has 2 services"},
		{"take another queue's letter", f.e.UpdateService("a", queue.ServiceUpdated{ID: "veroasiat", Agency: "vero", Letter: "T"}), queue.ErrExists, ""},
		{"move to an unknown agency", f.e.UpdateService("a", queue.ServiceUpdated{ID: "veroasiat", Agency: "kela", Letter: "R"}), queue.ErrNotFound, ""},
		{"update no such room", f.e.UpdateRoom("a", queue.Room{ID: "9"}), queue.ErrNotFound, ""},
		{"negative capacity", f.e.UpdateRoom("a", queue.Room{ID: "6", Capacity: -1}), queue.ErrInvalid, ""},
		{"remove no such service", f.e.RemoveService("a", "nope"), queue.ErrNotFound, ""},
	}
	for _, tt := range tests {
		if !errors.Is(tt.err, tt.want) || !strings.Contains(tt.err.Error(), tt.says) {
			t.Errorf("%s: %v, want %v saying %q", tt.name, tt.err, tt.want, tt.says)
		}
	}
	_, err = f.e.End("maija", called.ID)
	must(t, err)
	if err := f.e.RemoveService("a", "verokortit"); !errors.Is(err, queue.ErrInUse) || !strings.Contains(err.Error(), "1 booked appointments") {
		t.Errorf("remove a queue with a booking to come: %v", err)
	}
	must(t, f.e.RemoveRoom("a", "5")) // free now
	must(t, f.e.UpdateService("a", queue.ServiceUpdated{ID: "veroasiat", Agency: "vero", Letter: "R", Names: map[string]string{"fi": "Vero"}}))
}
