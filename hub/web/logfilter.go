package web

import (
	"maps"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"vuoro/hub/queue"
	"vuoro/hub/store"
	"vuoro/shared/i18n"
)

// logKinds are the kinds of event the log browser filters by: every kind
// the engine writes.
var logKinds = queue.Kinds()

// kindOptions are the kinds of the filter by their names in lang, in the
// order of the names.
func kindOptions(lang i18n.Lang, selected string) []option {
	out := make([]option, len(logKinds))
	for i, k := range logKinds {
		out[i] = option{ID: k, Name: kindName(lang, k), Selected: k == selected}
	}
	slices.SortFunc(out, func(a, b option) int { return strings.Compare(a.Name, b.Name) })
	return out
}

// logFilter narrows the event log. Its fields never hold personal data:
// parseLogFilter refuses anything shaped like a personal identity code.
type logFilter struct {
	From, To time.Time // zero: open
	Actor    string    // part of the actor, any case: "maija", "kiosk:"
	Ticket   string    // a call id "R3", or a ticket id "45"
	Kind     string
	After    uint64 // the page starts after this event
}

var (
	actorRe  = regexp.MustCompile(`^[\p{L}\p{N}:._-]{0,64}$`)
	ticketRe = regexp.MustCompile(`^([A-Z][0-9]{1,4}|[0-9]{1,12})?$`)
	// hetuLike is anything shaped like a personal identity code, valid or
	// not: no filter of the log is one.
	hetuLike = regexp.MustCompile(`(?i)\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]`)
)

const localLayout = "2006-01-02T15:04"

// parseLogFilter reads a filter from a query. Without a "from" the log
// starts at the beginning of today.
func parseLogFilter(q url.Values, loc *time.Location, today string) (logFilter, error) {
	f := logFilter{Actor: strings.TrimSpace(q.Get("actor")), Ticket: strings.ToUpper(strings.TrimSpace(q.Get("ticket"))),
		Kind: q.Get("kind")}
	from := today + "T00:00"
	if q.Has("from") {
		from = q.Get("from")
	}
	var errs [3]error
	f.From, errs[0] = parseLocal(from, loc)
	f.To, errs[1] = parseLocal(q.Get("to"), loc)
	if a := q.Get("after"); a != "" {
		f.After, errs[2] = strconv.ParseUint(a, 10, 64)
	}
	bad := !actorRe.MatchString(f.Actor) || hetuLike.MatchString(f.Actor) || !ticketRe.MatchString(f.Ticket) ||
		(f.Kind != "" && !slices.Contains(logKinds, f.Kind))
	if bad || errs != [3]error{} {
		return logFilter{}, errLogFilter
	}
	return f, nil
}

func parseLocal(v string, loc *time.Location) (time.Time, error) {
	if v == "" {
		return time.Time{}, nil
	}
	return time.ParseInLocation(localLayout, v, loc)
}

func formatLocal(t time.Time, loc *time.Location) string {
	if t.IsZero() {
		return ""
	}
	return t.In(loc).Format(localLayout)
}

// query writes the filter back as the browser's form sends it.
func (f logFilter) query(loc *time.Location) url.Values {
	q := url.Values{"from": {formatLocal(f.From, loc)}}
	for k, v := range map[string]string{"to": formatLocal(f.To, loc), "actor": f.Actor, "ticket": f.Ticket, "kind": f.Kind} {
		if v != "" {
			q.Set(k, v)
		}
	}
	if f.After > 0 {
		q.Set("after", strconv.FormatUint(f.After, 10))
	}
	return q
}

// describe writes the filter for the log of log views: "from=… kind=…".
func (f logFilter) describe(loc *time.Location) string {
	q := f.query(loc)
	var parts []string
	for _, k := range slices.Sorted(maps.Keys(q)) {
		parts = append(parts, k+"="+q.Get(k))
	}
	return maskAll(strings.Join(parts, " "))
}

// ticketID is the filter's ticket id, if it names one by number.
func (f logFilter) ticketID() uint64 {
	n, _ := strconv.ParseUint(f.Ticket, 10, 64)
	return n
}

// indexed is the filter as the store's indexes answer it. A call id names
// the visits issued under it since From.
func (f logFilter) indexed() store.Filter {
	return store.Filter{From: f.From, To: f.To, Actor: f.Actor, Kind: f.Kind, Visit: f.ticketID(), CallID: f.callID()}
}

// callID is the filter's call id, if it names one.
func (f logFilter) callID() string {
	if f.ticketID() != 0 {
		return ""
	}
	return f.Ticket
}
