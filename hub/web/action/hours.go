package action

import (
	"slices"
	"strings"
	"time"

	"vuoro/hub/queue"
)

// Weekdays are the keys of a week's opening hours, Monday first, with
// their time.Weekday.
var Weekdays = []struct {
	Key string
	Day time.Weekday
}{
	{"mon", time.Monday}, {"tue", time.Tuesday}, {"wed", time.Wednesday}, {"thu", time.Thursday},
	{"fri", time.Friday}, {"sat", time.Saturday}, {"sun", time.Sunday},
}

// parseHours reads opening hours as the admin page writes them: a day's
// spans "08:00-11:30, 12:30-16:15" (empty: closed), and exception lines
// "2026-12-24" (closed all day) or "2026-12-31 08:00-12:00".
func parseHours(week map[string]string, exceptions []string) (queue.Hours, error) {
	var h queue.Hours
	for _, d := range Weekdays {
		spans, err := parseSpans(week[d.Key])
		if err != nil {
			return h, err
		}
		h.Weekly[d.Day] = spans
	}
	for _, line := range exceptions {
		day, spans, _ := strings.Cut(strings.TrimSpace(line), " ")
		sp, err := parseSpans(spans)
		if err != nil {
			return h, err
		}
		if h.Exceptions == nil {
			h.Exceptions = map[string][]queue.Span{}
		}
		h.Exceptions[day] = append(h.Exceptions[day], sp...)
	}
	return h, nil
}

func parseSpans(text string) ([]queue.Span, error) {
	var out []queue.Span
	for part := range strings.SplitSeq(text, ",") {
		if part = strings.TrimSpace(part); part == "" {
			continue
		}
		open, closing, ok := strings.Cut(part, "-")
		if !ok {
			return nil, errHours
		}
		out = append(out, queue.Span{Open: strings.TrimSpace(open), Close: strings.TrimSpace(closing)})
	}
	return out, nil
}

// FormatSpans writes spans as parseSpans reads them.
func FormatSpans(spans []queue.Span) string {
	parts := make([]string, len(spans))
	for i, sp := range spans {
		parts[i] = sp.Open + "-" + sp.Close
	}
	return strings.Join(parts, ", ")
}

// FormatExceptions writes the exceptions as lines, by date.
func FormatExceptions(ex map[string][]queue.Span) string {
	var out []string
	for day, spans := range ex {
		out = append(out, strings.TrimSpace(day+" "+FormatSpans(spans)))
	}
	slices.Sort(out)
	return strings.Join(out, "\n")
}
