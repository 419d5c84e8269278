package board

import (
	"slices"
	"time"
)

// Settings is how the hub has set up this display (its wire.DisplayConfig),
// in the form the view-models, the views and the announcer use it. The
// feed replaces it whole when the hub sends a new configuration.
type Settings struct {
	Rooms     []string          // calls to these rooms only; none: every room
	Languages []string          // calls are spoken in these, in order; none: not spoken
	Sound     bool              // chime (and speech) on a call
	Volume    int               // 0–100
	Info      map[string]string // the information line, per language; none: no line
	Highlight time.Duration     // how long the latest call stays highlighted
	JoinQR    bool              // show the join-by-phone QR code
	CallLight bool              // counter display: drive the GPIO call light
}

// DefaultSettings is what a display does before the hub has said otherwise:
// every room, chime and speech in Finnish and Swedish, the join QR code,
// and the call light if the counter has one (-call-light).
func DefaultSettings() Settings {
	return Settings{Languages: []string{"fi", "sv"}, Sound: true, Volume: 80, Highlight: FlashFor, JoinQR: true, CallLight: true}
}

// Shows reports whether a call to room belongs on this display.
func (s Settings) Shows(room string) bool {
	return len(s.Rooms) == 0 || slices.Contains(s.Rooms, room)
}
