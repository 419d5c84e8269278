package sitefile

import (
	"fmt"
	"regexp"
	"strings"
	"time"

	"vuoro/hub/queue"
)

// The value types below check their form as the file is decoded, so that
// a wrong value is reported with its line.

// letter is a service's call id prefix: one capital letter A-Z.
type letter string

func (l *letter) UnmarshalText(b []byte) error {
	if len(b) != 1 || b[0] < 'A' || b[0] > 'Z' {
		return fmt.Errorf("%q is not one capital letter A-Z", b)
	}
	*l = letter(b)
	return nil
}

// zone is an IANA time zone name, "Europe/Helsinki".
type zone string

func (z *zone) UnmarshalText(b []byte) error {
	if _, err := time.LoadLocation(string(b)); err != nil || len(b) == 0 {
		return fmt.Errorf("%q is not a time zone such as Europe/Helsinki", b)
	}
	*z = zone(b)
	return nil
}

var clockRe = regexp.MustCompile(`^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$`)

// clock is a time of day, "20:00".
type clock string

func (c *clock) UnmarshalText(b []byte) error {
	if !clockRe.Match(b) {
		return fmt.Errorf("%q is not a time of day such as 20:00", b)
	}
	*c = clock(b)
	return nil
}

var dayKeys = []string{"sun", "mon", "tue", "wed", "thu", "fri", "sat"} // by time.Weekday

// hoursLine is a line of a week's opening hours: days and spans,
// "mon-fri 08:00-16:15" or "mon,wed 08:00-11:30, 12:30-16:15".
type hoursLine struct {
	days  []time.Weekday
	spans []queue.Span
}

func (h *hoursLine) UnmarshalText(b []byte) error {
	days, spans, ok := strings.Cut(strings.TrimSpace(string(b)), " ")
	if !ok {
		return fmt.Errorf("%q is not opening hours such as \"mon-fri 08:00-16:15\"", b)
	}
	var err error
	if h.days, err = parseDays(days); err != nil {
		return err
	}
	h.spans, err = parseSpans(spans)
	return err
}

// parseDays reads "mon-fri", "sat" or "mon,wed,fri".
func parseDays(text string) ([]time.Weekday, error) {
	var out []time.Weekday
	for part := range strings.SplitSeq(text, ",") {
		from, to, isRange := strings.Cut(part, "-")
		a, b := dayIndex(from), dayIndex(to)
		if !isRange {
			b = a
		}
		if a < 0 || b < 0 || b < a && b != 0 {
			return nil, fmt.Errorf("%q is not days such as mon-fri or sat,sun", text)
		}
		for d := a; ; d = (d + 1) % 7 {
			out = append(out, time.Weekday(d))
			if d == b {
				break
			}
		}
	}
	return out, nil
}

func dayIndex(key string) int {
	for i, k := range dayKeys {
		if k == strings.ToLower(strings.TrimSpace(key)) {
			return i
		}
	}
	return -1
}

// parseSpans reads "08:00-11:30, 12:30-16:15".
func parseSpans(text string) ([]queue.Span, error) {
	var out []queue.Span
	for part := range strings.SplitSeq(text, ",") {
		open, closing, _ := strings.Cut(strings.TrimSpace(part), "-")
		if !clockRe.MatchString(open) || !clockRe.MatchString(closing) || open >= closing {
			return nil, fmt.Errorf("%q is not opening times such as 08:00-11:30, 12:30-16:15", text)
		}
		out = append(out, queue.Span{Open: open, Close: closing})
	}
	return out, nil
}

// exceptionLine is a date the usual hours do not hold: "2026-12-24"
// (closed all day) or "2026-12-31 08:00-12:00".
type exceptionLine struct {
	day   string
	spans []queue.Span
}

func (x *exceptionLine) UnmarshalText(b []byte) error {
	day, spans, hasSpans := strings.Cut(strings.TrimSpace(string(b)), " ")
	if _, err := time.Parse(time.DateOnly, day); err != nil {
		return fmt.Errorf("%q is not a date such as 2026-12-24, optionally with hours 08:00-12:00", b)
	}
	x.day = day
	if !hasSpans {
		return nil
	}
	var err error
	x.spans, err = parseSpans(spans)
	return err
}
