package wire

import "fmt"

// RoomStatus is what a service point is doing, as its counter display
// shows it.
type RoomStatus string

// The statuses of a room.
const (
	RoomClosed  RoomStatus = "closed"  // no clerk works there
	RoomPaused  RoomStatus = "paused"  // its clerk is on a break
	RoomOpen    RoomStatus = "open"    // a clerk, and nobody called: please wait
	RoomCalled  RoomStatus = "called"  // a visit called, not yet begun
	RoomServing RoomStatus = "serving" // a visit in progress
)

// Current is the room's status: as sent, or from a hub before statuses,
// called when it names a call and open when not (that hub cannot tell a
// closed room from a free one, and "please wait" misleads nobody).
func (r *RoomState) Current() RoomStatus {
	switch {
	case r.Status != "":
		return r.Status
	case r.CallID != "":
		return RoomCalled
	default:
		return RoomOpen
	}
}

// validate checks a status against the call id it comes with: a call or
// a visit names one, the other statuses none.
func (s RoomStatus) validate(callID string) error {
	switch s {
	case "":
		return nil
	case RoomCalled, RoomServing:
		if callID == "" {
			return fmt.Errorf("%w: room %s without a call id", ErrInvalid, s)
		}
		return nil
	case RoomClosed, RoomPaused, RoomOpen:
		if callID != "" {
			return fmt.Errorf("%w: room %s with a call id", ErrInvalid, s)
		}
		return nil
	}
	return fmt.Errorf("%w: room status %q", ErrInvalid, s)
}
