package ical

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	ics "github.com/arran4/golang-ical"
)

// ErrFile is an import that is no iCalendar file at all.
var ErrFile = errors.New("ical: not an iCalendar file")

// Problem is why one event of a file cannot be read, by its line.
type Problem struct {
	Line int
	Text string
}

// Problems are every event of a file that cannot be read. Nothing of the
// file should be used.
type Problems []Problem

func (p Problems) Error() string {
	parts := make([]string, len(p))
	for i, pr := range p {
		parts[i] = fmt.Sprintf("line %d: %s", pr.Line, pr.Text)
	}
	return strings.Join(parts, "; ")
}

// maxFile is the largest file Decode reads: some thousands of events.
const maxFile = 4 << 20

// Decode reads the events of an iCalendar file. A time with no zone
// ("floating") is local time in loc. It returns Problems naming the line
// of every event it cannot read (no UID, start or title, an all-day or
// repeating event, an end before the start), or ErrFile.
func Decode(r io.Reader, loc *time.Location) ([]Event, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxFile+1))
	if err != nil || len(data) > maxFile {
		return nil, fmt.Errorf("%w: unreadable or over %d bytes", ErrFile, maxFile)
	}
	cal, err := ics.ParseCalendar(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrFile, err)
	}
	lines := eventLines(data)
	var out []Event
	var bad Problems
	for i, ev := range cal.Events() {
		e, err := event(ev, loc)
		if i < len(lines) {
			e.Line = lines[i]
		}
		if err != nil {
			bad = append(bad, Problem{Line: e.Line, Text: err.Error()})
		}
		out = append(out, e)
	}
	if len(bad) > 0 {
		return nil, bad
	}
	return out, nil
}

// eventLines are the line numbers of the file's BEGIN:VEVENT lines.
func eventLines(data []byte) []int {
	var out []int
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, maxFile)
	for n := 1; sc.Scan(); n++ {
		if strings.EqualFold(strings.TrimSpace(sc.Text()), "BEGIN:VEVENT") {
			out = append(out, n)
		}
	}
	return out
}

// event reads one VEVENT.
func event(ev *ics.VEvent, loc *time.Location) (Event, error) {
	e := Event{UID: value(ev, ics.ComponentPropertyUniqueId), Summary: value(ev, ics.ComponentPropertySummary),
		Location: value(ev, ics.ComponentPropertyLocation), Service: value(ev, ics.ComponentProperty(xService))}
	switch {
	case e.UID == "":
		return e, errors.New("no UID")
	case e.Summary == "":
		return e, errors.New("no SUMMARY: the citizen's name")
	case ev.GetProperty(ics.ComponentPropertyRrule) != nil:
		return e, errors.New("a repeating event (RRULE): book each appointment apart")
	}
	start, err := when(ev, ics.ComponentPropertyDtStart, loc)
	if err != nil {
		return e, fmt.Errorf("DTSTART: %w", err)
	}
	e.Start = start
	if ev.GetProperty(ics.ComponentPropertyDtEnd) == nil {
		return e, nil
	}
	end, err := when(ev, ics.ComponentPropertyDtEnd, loc)
	if err != nil || !end.After(start) {
		return e, errors.New("DTEND is not a time after DTSTART")
	}
	e.Minutes = int(end.Sub(start) / time.Minute)
	return e, nil
}

func value(ev *ics.VEvent, p ics.ComponentProperty) string {
	if v := ev.GetProperty(p); v != nil {
		return strings.TrimSpace(v.Value)
	}
	return ""
}

// when reads a date-time property: in UTC, in its TZID, or floating
// (local time in loc). A date alone (an all-day event) is refused.
func when(ev *ics.VEvent, p ics.ComponentProperty, loc *time.Location) (time.Time, error) {
	prop := ev.GetProperty(p)
	if prop == nil {
		return time.Time{}, errors.New("missing")
	}
	v := prop.Value
	if !strings.Contains(v, "T") {
		return time.Time{}, errors.New("a date without a time (an all-day event)")
	}
	if _, zoned := prop.ICalParameters["TZID"]; !zoned && !strings.HasSuffix(v, "Z") {
		t, err := time.ParseInLocation("20060102T150405", v, loc)
		if err != nil {
			return time.Time{}, errors.New("not a date-time like 20261123T100000")
		}
		return t, nil
	}
	t, err := ev.GetStartAt()
	if p == ics.ComponentPropertyDtEnd {
		t, err = ev.GetEndAt()
	}
	if err != nil {
		return time.Time{}, errors.New("not a date-time like 20261123T100000Z or with a known TZID")
	}
	return t, nil
}
