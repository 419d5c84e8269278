package ical

import (
	"fmt"
	"io"
	"time"

	ics "github.com/arran4/golang-ical"
)

// Event is one appointment in a calendar.
type Event struct {
	UID      string
	Start    time.Time
	Minutes  int    // its length; 0 if not told
	Summary  string // the title: the citizen's name in a clerk's own feed, the service in a room's
	Location string // the service point
	Service  string // the queue's id (X-VUORO-SERVICE), so that an import finds it again
	Line     int    // of a decoded event: the line of its BEGIN:VEVENT
}

// Calendar is a feed: its name and its events.
type Calendar struct {
	Name   string
	Stamp  time.Time // when it was made: every event's DTSTAMP
	Events []Event
}

// xService is the property that names an event's queue.
const xService = "X-VUORO-SERVICE"

// Encode writes c as an iCalendar stream.
func Encode(w io.Writer, c Calendar) error {
	cal := ics.NewCalendar()
	cal.SetProductId("-//Vuoro//Vuoro hub//FI")
	cal.SetMethod(ics.MethodPublish)
	cal.SetCalscale("GREGORIAN")
	cal.SetXWRCalName(c.Name)
	cal.SetName(c.Name)
	cal.SetRefreshInterval("PT15M")
	cal.SetXPublishedTTL("PT15M")
	for _, e := range c.Events {
		ev := cal.AddEvent(e.UID)
		ev.SetDtStampTime(c.Stamp.UTC())
		ev.SetStartAt(e.Start.UTC())
		if e.Minutes > 0 {
			ev.SetEndAt(e.Start.Add(time.Duration(e.Minutes) * time.Minute).UTC())
		}
		ev.SetSummary(e.Summary)
		if e.Location != "" {
			ev.SetLocation(e.Location)
		}
		if e.Service != "" {
			ev.SetProperty(ics.ComponentProperty(xService), e.Service)
		}
	}
	if err := cal.SerializeTo(w, ics.WithNewLine("\r\n")); err != nil {
		return fmt.Errorf("ical: %w", err)
	}
	return nil
}
