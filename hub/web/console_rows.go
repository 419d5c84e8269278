package web

import (
	"fmt"
	"strings"
	"time"

	"vuoro/hub/queue"
	"vuoro/hub/web/action"
	"vuoro/shared/i18n"
)

// row is one visit in the console's table, in plain words of one language.
type row struct {
	ID       uint64
	CallID   string
	Status   queue.Status
	Priority bool
	Issued   string
	Started  string
	Ended    string
	Person   person
	Known    bool // the visit has a person
	Room     string
	Persons  int
	Messages []message
	Waited   string
	Service  string
	Queue    string
	Mine     bool // the reader is serving it
	Recalls  int
	NoShowOK bool // recalled often enough to mark a no-show
}

type message struct {
	At, From, Text string
}

// rowMaker turns visits into rows for one reader, noting whose personal
// data it shows unmasked.
type rowMaker struct {
	st    *queue.State
	c     queue.Clerk
	lang  i18n.Lang
	now   time.Time
	shown []uint64
}

func (m *rowMaker) row(t queue.Ticket) row {
	loc := m.st.Location()
	r := row{ID: t.ID, CallID: t.CallID, Status: t.Status, Priority: t.Priority, Issued: action.Clock(t.Issued, loc),
		Started: action.Clock(t.Started, loc), Ended: action.Clock(t.Ended, loc), Room: roomOf(t), Persons: t.Persons,
		Service: t.Service, Queue: m.serviceName(t.Service), Mine: t.Status.Active() && t.Clerk == m.c.Login,
		Recalls: t.Recalls, NoShowOK: t.Recalls >= m.st.NoShowAfter(), Waited: waited(t, m.now)}
	if r.Person, r.Known = personFor(m.st, m.c, t); r.Person.Shown {
		m.shown = append(m.shown, t.ID)
	}
	for _, msg := range action.MaskedVisit(t).Messages {
		r.Messages = append(r.Messages, message{At: action.Clock(msg.At, loc), From: strings.TrimPrefix(msg.From, "clerk:"), Text: msg.Text})
	}
	return r
}

// roomOf is the room a visit is or was served in; none while it waits.
func roomOf(t queue.Ticket) string {
	if t.Status == queue.Waiting || t.Status == queue.Held {
		return ""
	}
	return t.Room
}

func (m *rowMaker) serviceName(id string) string {
	sv, _ := m.st.Service(id)
	return nameIn(sv.Names, m.lang, id)
}

// nameIn picks a name in lang, else in Finnish, else the fallback.
func nameIn(names map[string]string, lang i18n.Lang, fallback string) string {
	if n := names[string(lang)]; n != "" {
		return n
	}
	if n := names[string(i18n.Default)]; n != "" {
		return n
	}
	return fallback
}

// waited is how long the visit waited: until its call, or until now.
func waited(t queue.Ticket, now time.Time) string {
	end := now
	switch {
	case !t.Called.IsZero() && t.Status != queue.Waiting:
		end = t.Called
	case !t.Ended.IsZero():
		end = t.Ended
	}
	return fmt.Sprintf("%d min", max(0, int(end.Sub(t.Issued).Minutes())))
}
