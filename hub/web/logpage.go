package web

import (
	"encoding/json"
	"time"

	"vuoro/hub/queue"
	"vuoro/hub/web/authz"
	"vuoro/shared/i18n"
)

// logRow is an event as the log browser shows it: in words in the
// reader's language, and (for the API) its payload, with every personal
// identity code masked.
type logRow struct {
	Seq     uint64          `json:"seq"`
	Time    time.Time       `json:"time"`
	Clock   string          `json:"-"`
	Actor   string          `json:"actor"`
	Kind    string          `json:"kind"`
	CallID  string          `json:"call_id,omitempty"` // of the visit it concerns
	Text    string          `json:"text"`              // the sentence
	Told    told            `json:"-"`
	Payload json.RawMessage `json:"payload"`
}

// logResult is one page of the filtered log.
type logResult struct {
	Events []logRow `json:"events"`
	Next   uint64   `json:"next,omitempty"` // pass as after= for the next page
}

// readLog reads a page of the log for c and records that c saw it.
func (s logBrowser) readLog(c queue.Clerk, lang i18n.Lang, f logFilter) (logResult, error) {
	evs, next, err := s.scanLog(c, f)
	if err != nil {
		return logResult{}, err
	}
	out := logResult{Events: []logRow{}, Next: next}
	var loc *time.Location
	s.eng.Read(func(st *queue.State) {
		loc = st.Location()
		for _, ev := range evs {
			out.Events = append(out.Events, rowOfEvent(teller{st, lang}, ev))
		}
	})
	return out, s.eng.RecordLogView(authz.Actor(c), f.describe(loc))
}

func rowOfEvent(tl teller, ev logged) logRow {
	t, _ := tl.st.Ticket(queue.VisitOf(ev.Event, ev.p))
	told := tl.tell(ev, t.CallID)
	return logRow{Seq: ev.Seq, Time: ev.Time, Clock: ev.Time.In(tl.st.Location()).Format("2.1.2006 15:04:05"),
		Actor: ev.Actor, Kind: ev.Kind, CallID: t.CallID, Text: told.Sentence, Told: told,
		Payload: json.RawMessage(maskPayload(ev.Payload))}
}

// logData is the admin's page of the event log.
type logData struct {
	view
	From, To, Actor, Ticket, Kind string
	Kinds                         []option
	Result                        logResult
	Next                          string // the next page's address
	CSV                           string // the filter's query, for the CSV export
}

func (s logBrowser) logPage(v view) (any, []uint64) {
	d := logData{view: v}
	var loc *time.Location
	var today string
	s.eng.Read(func(st *queue.State) { loc, today = st.Location(), st.Today(s.opts.Now()) })
	f, err := parseLogFilter(v.t.q, loc, today)
	if err == nil {
		d.Result, err = s.readLog(v.c, v.Lang, f)
	}
	if err != nil {
		d.Error = errText(v.Lang, err)
	}
	d.From, d.To, d.Actor, d.Ticket, d.Kind = formatLocal(f.From, loc), formatLocal(f.To, loc), f.Actor, f.Ticket, f.Kind
	d.Kinds = kindOptions(v.Lang, f.Kind)
	d.CSV = f.query(loc).Encode()
	if d.Result.Next != 0 {
		f.After = d.Result.Next
		d.Next = "/admin/log?" + f.query(loc).Encode()
	}
	return d, nil
}
