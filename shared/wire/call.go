package wire

import (
	"fmt"
	"time"
)

// Call announces a ticket called to a room; displays flash it and may chime.
type Call struct {
	Header
	CallEntry
	Recall bool `json:"recall,omitempty"`
}

// CallEntry is one line of a queue display: number → room.
type CallEntry struct {
	Seq    uint64    `json:"seq"` // hub event sequence; orders calls
	CallID string    `json:"call_id"`
	Room   string    `json:"room"`
	At     time.Time `json:"at"`
	// Visit is the hub's key of the visit called (its ticket), so two
	// visits with the same call id are two lines. 0 from a hub before it.
	Visit uint64 `json:"visit,omitempty"`
}

func (e *CallEntry) validate() error {
	if e.CallID == "" || e.Room == "" || e.Seq == 0 {
		return fmt.Errorf("%w: call needs seq, call id and room", ErrInvalid)
	}
	return nil
}

// Validate checks the call.
func (c *Call) Validate() error { return c.CallEntry.validate() }

// DisplaySnapshot is the whole state of a queue display, newest call first.
// The hub publishes it retained after every change, so a display that
// (re)connects is current at once.
type DisplaySnapshot struct {
	Header
	Seq   uint64      `json:"seq"` // hub event sequence this snapshot reflects
	Calls []CallEntry `json:"calls"`
	// Log identifies the hub's event log. Sequences compare only within
	// one log: a display that sees another log (a new hub, a restored
	// backup) starts over from this snapshot.
	Log string `json:"log,omitempty"`
	// Area is the waiting area whose rooms' calls the snapshot holds
	// (published on its own topic, vuoro/v1/{site}/display/{area}); ""
	// the whole site's.
	Area string `json:"area,omitempty"`
}

// MaxRecentCalls is how many calls a DisplaySnapshot holds at most.
const MaxRecentCalls = 12

// Validate checks the snapshot.
func (s *DisplaySnapshot) Validate() error {
	if s.Area != "" && !ValidID(s.Area) {
		return fmt.Errorf("%w: waiting area %q", ErrInvalid, s.Area)
	}
	if len(s.Calls) > MaxRecentCalls {
		return fmt.Errorf("%w: %d calls in a snapshot, at most %d", ErrInvalid, len(s.Calls), MaxRecentCalls)
	}
	for i := range s.Calls {
		if err := s.Calls[i].validate(); err != nil {
			return err
		}
	}
	return nil
}

// RoomState is what the counter display above a room shows: whether a
// clerk works there, and the call being served there, or none. Published
// retained per room.
type RoomState struct {
	Header
	Seq    uint64     `json:"seq"`
	Room   string     `json:"room"`
	Status RoomStatus `json:"status,omitempty"`  // empty from a hub before it: see Current
	CallID string     `json:"call_id,omitempty"` // empty: the room is free
	Since  time.Time  `json:"since"`
	Visit  uint64     `json:"visit,omitempty"` // the visit served; 0 when free or from a hub before it
	Log    string     `json:"log,omitempty"`   // the hub's event log, as in DisplaySnapshot
	// Recalls is how many times the clerk called the visit again (recall)
	// while it was called; 0 from a hub before it.
	Recalls int `json:"recalls,omitempty"`
}

// Validate checks the room state.
func (r *RoomState) Validate() error {
	if r.Room == "" {
		return fmt.Errorf("%w: room state without room", ErrInvalid)
	}
	return r.Status.validate(r.CallID)
}

// DeviceStatus is a device's presence and health, published by the device
// when it connects, when its health changes and periodically, and set to
// offline by the broker (last will) when the device drops. The health
// fields (protocol v1, added 2026-12) are optional: a device from before
// them sends none. None of them carries personal data.
type DeviceStatus struct {
	Header
	Device string `json:"device"`
	Kind   string `json:"kind"` // "kiosk", "queue-display", "counter-display"
	Online bool   `json:"online"`
	Detail string `json:"detail,omitempty"` // "printer: paper near end"
	Health
}

// Validate checks the status.
func (d *DeviceStatus) Validate() error {
	if d.Device == "" || d.Kind == "" {
		return fmt.Errorf("%w: device status needs device and kind", ErrInvalid)
	}
	if err := checkText("detail", d.Detail, maxLastError); err != nil {
		return err
	}
	return d.Health.validate()
}
