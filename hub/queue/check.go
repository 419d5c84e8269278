package queue

import (
	"encoding/json"
	"fmt"

	"vuoro/hub/event"
)

// refs are the things an event's payload may point at. Only the fields a
// kind's payload has are set.
type refs struct {
	Ticket  uint64 `json:"ticket"`
	Service string `json:"service"`
	To      string `json:"to"`
	Help    uint64 `json:"help"`
}

// Check tells whether the state could take ev: its kind is known, its
// payload decodes, and every visit, service and help request it points at
// exists. The journal checks each event before it is appended and before
// it is replayed, so an applier never meets an event it cannot take.
func (s *State) Check(ev event.Event) error {
	if _, ok := appliers[ev.Kind]; !ok {
		return fmt.Errorf("queue: unknown kind %q (written by a newer hub?)", ev.Kind)
	}
	var r refs
	if err := json.Unmarshal(ev.Payload, &r); err != nil {
		return fmt.Errorf("queue: %s payload: %w", ev.Kind, err)
	}
	if r.Ticket != 0 {
		if _, ok := s.tickets[r.Ticket]; !ok {
			return fmt.Errorf("queue: %s of unknown visit %d", ev.Kind, r.Ticket)
		}
	}
	for _, sv := range []string{r.Service, r.To} {
		if _, ok := s.Service(sv); sv != "" && !ok {
			return fmt.Errorf("queue: %s names unknown service %q", ev.Kind, sv)
		}
	}
	if r.Help > s.Seq {
		return fmt.Errorf("queue: %s of unknown help request %d", ev.Kind, r.Help)
	}
	return nil
}
