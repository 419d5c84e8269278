package web

import (
	"encoding/json"
	"regexp"

	"vuoro/hub/event"
	"vuoro/hub/queue"
)

// logPageSize is how many events a page of the log browser lists.
const logPageSize = 50

// scanLog returns a page of the events c is shown that pass f, and the
// sequence number to continue after, 0 at the end. The store's indexes
// find the events that pass f, page by page from f.After; the agency
// scope then keeps those c is shown, so the page is full whenever more
// follow.
func (s logBrowser) scanLog(c queue.Clerk, f logFilter) ([]logged, uint64, error) {
	limit := logPageSize + 1 // a site admin is shown every event
	if c.Role != queue.RoleSiteAdmin {
		limit = 4 * logPageSize
	}
	var out []logged
	for after := f.After; ; {
		page, err := s.store.Query(f.indexed(), after, limit)
		if err != nil {
			return nil, 0, err
		}
		evs := decodeLog(page.Events)
		shown := s.shownTo(c, evs)
		for i, ev := range evs {
			if !shown[i] {
				continue
			}
			if len(out) == logPageSize {
				return out, out[len(out)-1].Seq, nil
			}
			out = append(out, ev)
		}
		if page.Next == 0 {
			return out, 0, nil
		}
		after = page.Next
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

// hetuField matches the value of a "hetu" field in a JSON payload.
var hetuField = regexp.MustCompile(`("hetu":\s*")([^"]{0,7})[^"]*"`)

// maskPayload masks every personal identity code in an event's payload:
// the "hetu" fields, and anything else shaped like one.
func maskPayload(p json.RawMessage) string {
	return maskAll(hetuField.ReplaceAllString(string(p), `$1$2****"`))
}
