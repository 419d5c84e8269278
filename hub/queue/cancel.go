package queue

import (
	"fmt"

	"vuoro/hub/event"
)

// cancelledRequest is what s.requests holds for a request id its kiosk
// cancelled: no ticket (event sequences start at 1). Like every request id
// it is forgotten when its day is closed.
const cancelledRequest = 0

// Cancelled is the outcome of CancelRequest.
type Cancelled struct {
	// Ticket is the visit the request got, voided; zero if the request
	// had not reached the hub (it is then refused if it comes).
	Ticket Ticket
	// Repeat means the cancel was recorded before, or there was nothing
	// left to void: no event was written.
	Repeat bool
}

// CancelRequest records that kiosk device gave up on its ticket request
// id and told the citizen there is no ticket: the visit the request got,
// if it is still waiting, held or called, is voided (Deleted) and leaves
// its queue; a request not yet seen is remembered and refused when it
// arrives. A visit already being served or closed is left as it is. A
// request of another device is ErrNotFound.
func (e *Engine) CancelRequest(device, id string) (Cancelled, error) {
	var out Cancelled
	err := e.do(func(s *State) error {
		p, err := s.decideCancel(device, id)
		if err != nil || p == nil {
			out.Repeat = true
			return err
		}
		if p.Ticket != 0 {
			out.Ticket = *s.tickets[p.Ticket]
		}
		_, err = e.commit("kiosk:"+device, *p)
		return err
	})
	return out, err
}

// decideCancel returns the event that cancels the request, or nil when
// there is nothing to record.
func (s *State) decideCancel(device, id string) (*RequestCancelled, error) {
	if id == "" || device == "" {
		return nil, fmt.Errorf("%w: a cancel needs a device and a request id", ErrInvalid)
	}
	ticket, seen := s.requests[id]
	if !seen {
		return &RequestCancelled{RequestID: id, Device: device}, nil
	}
	if ticket == cancelledRequest {
		return nil, nil
	}
	t, ok := s.tickets[ticket]
	switch {
	case !ok:
		return nil, nil // archived: long closed
	case t.Device != device:
		return nil, fmt.Errorf("%w: request %s of kiosk %s", ErrNotFound, id, device)
	case t.Status != Waiting && t.Status != Held && t.Status != Called:
		return nil, nil
	}
	return &RequestCancelled{RequestID: id, Device: device, Ticket: t.ID}, nil
}

// applyRequestCancelled voids the visit of a cancelled request and keeps
// the id refused.
func applyRequestCancelled(s *State, ev event.Event, v RequestCancelled) {
	s.requests[v.RequestID] = cancelledRequest
	if t, ok := s.tickets[v.Ticket]; ok && t.Status.Open() {
		s.dequeue(t)
		s.close(ev, t, Deleted)
	}
}
