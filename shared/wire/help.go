package wire

import "fmt"

// The states of a kiosk's help request, as HelpState tells them.
const (
	HelpOpen   = "open"   // recorded; the advisors have been alerted
	HelpTaken  = "taken"  // an advisor has seen it and is on the way
	HelpClosed = "closed" // the advisor helped, or the visit it was about ended
)

// HelpState is where a kiosk's latest help request is. The hub publishes it
// retained per kiosk once the request is recorded, and again when an
// advisor takes it and when it is closed. It holds no personal data.
type HelpState struct {
	Header
	Device    string `json:"device"`
	Help      uint64 `json:"help"`                 // the hub's id of the request
	State     string `json:"state"`                // HelpOpen, HelpTaken or HelpClosed
	RequestID string `json:"request_id,omitempty"` // the id of the kiosk's HelpRequest
}

// Validate checks the state.
func (h *HelpState) Validate() error {
	switch {
	case h.Device == "" || h.Help == 0:
		return fmt.Errorf("%w: help state needs device and help", ErrInvalid)
	case h.State != HelpOpen && h.State != HelpTaken && h.State != HelpClosed:
		return fmt.Errorf("%w: help state %q", ErrInvalid, h.State)
	}
	return nil
}
