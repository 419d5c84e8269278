package web

import (
	"vuoro/hub/queue"
	"vuoro/hub/webkit"
	"vuoro/shared/i18n"
)

// page is what every page's template gets: the reader, their language and
// the frame around the content.
type page struct {
	Lang  i18n.Lang
	Title string
	Clerk queue.Clerk
	CSRF  string
	Flash string
	Error string
	Here  string // this page's address, for forms to come back to
	Langs []langLink
	Nav   []navLink
	Rooms []option // the room switch of the console pages
	Room  string   // the room the user works in (queue.State.ClerkRoom)
	// RoomPaused: the user is on a break at Room.
	RoomPaused bool
	// Reserved says whose the user's room is now (points.go).
	Reserved string
	Clock    string
	Date     string
	Zone     string
	Events   string // the live stream's address; "" for none
}

// T returns a catalogue text in the page's language.
func (p page) T(key string, args ...any) string { return tr(p.Lang, key, args...) }

// option is an entry of a select or a list of choices.
type option struct {
	ID, Name string
	Selected bool
}

type navLink struct {
	Href, Label string
	Current     bool
}

var writeJSON = webkit.WriteJSON
