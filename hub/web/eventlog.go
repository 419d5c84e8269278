package web

import (
	"encoding/json"
	"regexp"
	"strings"
	"time"

	"vuoro/hub/event"
	"vuoro/hub/queue"
)

// logPageSize is how many events a page of the log browser lists.
const logPageSize = 50

// startOf returns the sequence number just before the first event at or
// after t: events are appended in time order, so a binary search over
// single reads finds it.
func (s logBrowser) startOf(t time.Time) (uint64, error) {
	if t.IsZero() {
		return 0, nil
	}
	hi, err := s.store.LastSeq()
	if err != nil {
		return 0, err
	}
	lo := uint64(1)
	for lo <= hi {
		mid := lo + (hi-lo)/2
		evs, err := s.store.Events(mid-1, 1)
		if err != nil {
			return 0, err
		}
		if len(evs) == 0 || !evs[0].Time.Before(t) {
			hi = mid - 1
		} else {
			lo = mid + 1
		}
	}
	return lo - 1, nil
}

// scanLog returns a page of the events c is shown that pass f, and the
// sequence number to continue after, 0 at the end.
func (s logBrowser) scanLog(c queue.Clerk, f logFilter) ([]logged, uint64, error) {
	after, err := s.startOf(f.From)
	if err != nil {
		return nil, 0, err
	}
	m := logMatch{f: f, actor: strings.ToLower(f.Actor), id: f.ticketID(), callID: f.callID(), ids: map[uint64]bool{}}
	var out []logged
	for {
		page, err := s.store.Events(after, 512)
		if err != nil || len(page) == 0 {
			return out, 0, err
		}
		evs := decodeLog(page)
		shown := s.shownTo(c, evs)
		for i, ev := range evs {
			if !f.To.IsZero() && ev.Time.After(f.To) {
				return out, 0, nil
			}
			if shown[i] && m.match(ev) && ev.Seq > f.After {
				if len(out) == logPageSize {
					return out, out[len(out)-1].Seq, nil
				}
				out = append(out, ev)
			}
		}
		after = evs[len(evs)-1].Seq
	}
}

// logged is an event of the log with its payload decoded.
type logged struct {
	event.Event
	p queue.Payload
}

// decodeLog decodes a page of the log once, for the filter, the agency
// scope and the rows. Every stored event decodes: the engine took each
// before it was appended and again when the hub started.
func decodeLog(evs []event.Event) []logged {
	out := make([]logged, len(evs))
	for i, ev := range evs {
		p, _ := queue.Decode(ev)
		out[i] = logged{ev, p}
	}
	return out
}

// logMatch tests events against a filter. A call id names a different
// visit every day, so the visits it names are learnt from their
// ticket.issued events as the scan passes them.
type logMatch struct {
	f      logFilter
	actor  string
	id     uint64
	callID string
	ids    map[uint64]bool
}

func (m *logMatch) match(ev logged) bool {
	visit := queue.VisitOf(ev.Event, ev.p)
	if v, ok := ev.p.(queue.TicketIssued); ok && m.callID != "" && v.CallID == m.callID {
		m.ids[ev.Seq] = true
	}
	switch {
	case m.f.Kind != "" && ev.Kind != m.f.Kind:
		return false
	case m.actor != "" && !strings.Contains(strings.ToLower(ev.Actor), m.actor):
		return false
	case m.id != 0:
		return visit == m.id
	case m.callID != "":
		return m.ids[visit]
	}
	return true
}

// hetuField matches the value of a "hetu" field in a JSON payload.
var hetuField = regexp.MustCompile(`("hetu":\s*")([^"]{0,7})[^"]*"`)

// maskPayload masks every personal identity code in an event's payload:
// the "hetu" fields, and anything else shaped like one.
func maskPayload(p json.RawMessage) string {
	return maskAll(hetuField.ReplaceAllString(string(p), `$1$2****"`))
}
