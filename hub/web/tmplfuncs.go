package web

import (
	"html/template"
	"net/url"

	"vuoro/hub/web/action"
)

// texter is any page's data: it speaks the reader's language.
type texter interface {
	T(key string, args ...any) string
}

var funcs = template.FuncMap{
	"query":    url.QueryEscape,
	"cols":     func() []string { return columns },
	"persons":  func() []int { return []int{1, 2, 3, 4, 5, 6, 7, 8, 9} },
	"pair":     func(d texter, r row) visitPair { return visitPair{d, r} },
	"btn":      newButton,
	"appt":     newApptButton,
	"device":   func(d texter, s action.DeviceStatus) devicePair { return devicePair{d, s} },
	"pointDay": func(d pointsData, p pointOut) pointPair { return pointPair{d, p} },
}

// devicePair hands a template a device together with the page's data.
type devicePair struct {
	D texter
	S action.DeviceStatus
}

// columns are the catalogue keys of the console table's headers, in the
// order of the original design.
var columns = []string{"col.status", "col.issued", "col.started", "col.ended", "col.callid", "col.hetu", "col.name",
	"col.room", "col.persons", "col.messages", "col.waited", "col.queue", "col.held", "col.actions"}

// visitPair hands a template a visit together with the page's data.
type visitPair struct {
	D texter
	R row
}

// button is a form with one button acting on one visit.
type button struct {
	D                    texter
	R                    row
	Action, Label, Class string
	Field, Value         string // one more field the action takes
}

// newButton makes a button: btn page row action labelKey [class [field value]].
func newButton(d texter, r row, action, label string, more ...string) button {
	b := button{D: d, R: r, Action: action, Label: d.T(label)}
	more = append(more, "", "", "")
	b.Class, b.Field, b.Value = more[0], more[1], more[2]
	return b
}

// apptButton is a form with one button acting on one appointment.
type apptButton struct {
	D                 texter
	ID                uint64
	At, Action, Label string
}

func newApptButton(d texter, a appointmentRow, action, label string) apptButton {
	return apptButton{D: d, ID: a.ID, At: a.At, Action: action, Label: d.T(label)}
}
