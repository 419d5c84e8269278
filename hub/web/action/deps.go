package action

import (
	"time"

	"vuoro/hub/event"
	"vuoro/hub/queue"
)

// Store is what the actions need of the hub's data file: users' password
// hashes, and the log, whose event that booked an appointment names its
// queue.
type Store interface {
	SetCredential(login string, hash []byte) error
	Events(after uint64, limit int) ([]event.Event, error)
}

// Deps is what every action may use.
type Deps struct {
	Eng         *queue.Engine
	Store       Store
	EndSessions func(login string) // ends every console session of a user
	BcryptCost  int                // of new password hashes
	Devices     Devices            // enrols and revokes devices; nil where the hub has none
}

// Outcome is what an action did: the API's answer and the console's note.
type Outcome struct {
	Value any
	Note  Note
}

// Note is a text of the console's catalogue to show later, in the
// reader's language.
type Note struct {
	Key  string
	Args []any
}

// Say makes a note of a catalogue key and its arguments.
func Say(key string, args ...any) Note { return Note{Key: key, Args: args} }

// named is the outcome of an action on a named thing (a user, an agency,
// a service, a room): v, and a note of done naming it.
func named(v any, done, name string, err error) (Outcome, error) {
	if err != nil {
		return Outcome{}, err
	}
	return Outcome{Value: v, Note: Say(done, name)}, nil
}

// location is the site's time zone.
func (d *Deps) location() *time.Location {
	var loc *time.Location
	d.Eng.Read(func(st *queue.State) { loc = st.Location() })
	return loc
}

// Clock is a time's hour and minute in loc; "" for no time.
func Clock(t time.Time, loc *time.Location) string {
	if t.IsZero() {
		return ""
	}
	return t.In(loc).Format("15:04")
}
