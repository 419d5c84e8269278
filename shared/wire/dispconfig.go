package wire

import "fmt"

// DisplayConfig is what the hub tells one enrolled display about itself:
// what it shows, in which languages it speaks and how loud. An admin sets it
// per device in the console; the hub publishes it retained on the device's
// own topic, so a display has it at start and follows a change live.
// It carries no personal data.
type DisplayConfig struct {
	Header
	Device string `json:"device"`
	// WaitingArea is the waiting area a queue display serves ("" the whole
	// site); Rooms are the rooms whose calls go there, resolved by the hub.
	// A queue display shows and announces calls to those rooms only.
	WaitingArea string   `json:"waiting_area,omitempty"`
	Rooms       []string `json:"rooms,omitempty"`
	// Languages are the languages calls are spoken in, in order: "fi",
	// "sv", "en". None: calls are shown, not spoken.
	Languages []string `json:"languages,omitempty"`
	Sound     bool     `json:"sound"`  // chime (and speech, if Languages) on a call
	Volume    int      `json:"volume"` // 0–100, of the device's output
	// Info is the information line shown under the calls, per language
	// ("Virasto sulkeutuu tänään klo 15").
	Info Names `json:"info,omitempty"`
	// HighlightSeconds is how long the latest call stays highlighted.
	HighlightSeconds int  `json:"highlight_s,omitempty"`
	JoinQR           bool `json:"join_qr,omitempty"`    // show the join-by-phone QR code
	CallLight        bool `json:"call_light,omitempty"` // counter display: drive its GPIO call light
}

// Limits of a DisplayConfig.
const (
	MaxInfoText         = 200
	MaxHighlightSeconds = 300
)

// Validate checks the configuration.
func (c *DisplayConfig) Validate() error {
	switch {
	case !ValidID(c.Device):
		return fmt.Errorf("%w: display config needs a device id", ErrInvalid)
	case c.WaitingArea != "" && !ValidID(c.WaitingArea):
		return fmt.Errorf("%w: waiting area %q", ErrInvalid, c.WaitingArea)
	case c.Volume < 0 || c.Volume > 100:
		return fmt.Errorf("%w: volume %d, want 0–100", ErrInvalid, c.Volume)
	case c.HighlightSeconds < 0 || c.HighlightSeconds > MaxHighlightSeconds:
		return fmt.Errorf("%w: highlight %d s, want 0–%d", ErrInvalid, c.HighlightSeconds, MaxHighlightSeconds)
	}
	for _, r := range c.Rooms {
		if !ValidID(r) {
			return fmt.Errorf("%w: room %q", ErrInvalid, r)
		}
	}
	for _, l := range c.Languages {
		if l != "fi" && l != "sv" && l != "en" {
			return fmt.Errorf("%w: language %q, want fi, sv or en", ErrInvalid, l)
		}
	}
	for lang, s := range c.Info {
		if err := checkText("info "+lang, s, MaxInfoText); err != nil {
			return err
		}
	}
	return nil
}
