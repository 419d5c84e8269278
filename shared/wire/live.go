package wire

import (
	"fmt"
	"net/url"
	"time"
)

// Heartbeat is the hub saying it is alive and serving the devices. The hub
// publishes one every HeartbeatEvery from the loop that serves the devices,
// never retained, so a hub that stops or hangs (its TCP session still up)
// stops the heartbeats, and a device that hears none for HeartbeatLost
// shows that the connection is lost.
type Heartbeat struct {
	Header
	// Time is the hub's clock when it sent the beat. A kiosk keeps the
	// offset of its own clock to it and states its requests' deadlines in
	// hub time.
	Time time.Time `json:"time"`
	// Log is the identity of the hub's event log, as in DisplaySnapshot: a
	// new log is a new hub (or one restored from backup).
	Log string `json:"log"`
	// Join is the address a phone opens to join a queue from the waiting
	// room (its code changes every minute); queue displays show it as a QR
	// code. Empty when the hub has no public address.
	Join string `json:"join,omitempty"`
}

// The heartbeat's rhythm: sent every HeartbeatEvery; a device that has
// heard none for more than HeartbeatLost counts the hub as lost. The last
// beat comes at most HeartbeatEvery before the hub stops, and a display
// that checks once a second notices a second late at worst, so every
// device notices a stopped or hung hub within 5 seconds; two lost beats
// in a row are still tolerated.
const (
	HeartbeatEvery = time.Second
	HeartbeatLost  = 3 * time.Second
)

// Validate checks the heartbeat.
func (h *Heartbeat) Validate() error {
	if h.Time.IsZero() || h.Log == "" || len(h.Log) > 64 {
		return fmt.Errorf("%w: heartbeat needs the hub's time and log", ErrInvalid)
	}
	if h.Join != "" && !validJoin(h.Join) {
		return fmt.Errorf("%w: heartbeat's join address", ErrInvalid)
	}
	return nil
}

// validJoin reports whether s is an http(s) address short enough for a QR
// code a phone reads across a waiting room.
func validJoin(s string) bool {
	u, err := url.Parse(s)
	return err == nil && len(s) <= 200 && (u.Scheme == "https" || u.Scheme == "http") && u.Host != ""
}

// TicketCancel is a kiosk giving up on a TicketRequest it sent: the citizen
// was told there is no ticket. RequestID is the request's Header.ID. The hub
// ends the visit the request got, if any, or remembers the id and refuses
// the request if it arrives later; either way it answers with a TicketReply
// to RequestID with the error ErrCodeCancelled, which acknowledges the
// cancel. The kiosk sends the same cancel (same Header.ID) again until then.
type TicketCancel struct {
	Header
	Device    string `json:"device"`
	RequestID string `json:"request_id"`
}

// Validate checks the cancel.
func (c *TicketCancel) Validate() error {
	if c.Device == "" || c.RequestID == "" || len(c.RequestID) > 64 {
		return fmt.Errorf("%w: ticket cancel needs device and request id", ErrInvalid)
	}
	return nil
}
