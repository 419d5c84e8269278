package ui

import (
	"strings"

	"vuoro/shared/wire"
)

// counterTexts are what the counter display says of each status, in
// Finnish, Swedish and English. All three are shown at once, stacked: a
// citizen reads their own language from across the room at a glance,
// with no wait for it to come round and no text that changes while read.
// Under a number the three share one line.
var counterTexts = map[wire.RoomStatus][3]string{
	wire.RoomClosed:  {"Suljettu", "Stängt", "Closed"},
	wire.RoomPaused:  {"Tauko", "Paus", "On a break"},
	wire.RoomOpen:    {"Odota hetki", "Vänta ett ögonblick", "Please wait"},
	wire.RoomCalled:  {"Tervetuloa", "Välkommen", "Welcome"},
	wire.RoomServing: {"Palvelemme", "Betjänar", "Serving"},
}

// stacked joins a status's three languages on one line.
func stacked(t [3]string) string { return strings.Join(t[:], " / ") }
