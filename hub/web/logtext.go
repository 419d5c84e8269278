package web

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"vuoro/hub/queue"
	"vuoro/shared/i18n"
)

// told is an event of the log in words: a sentence in the reader's
// language ("Maija Virtanen kutsui numeron R19 huoneeseen 6") and its
// details as labelled fields. Neither holds a personal identity code
// unmasked.
type told struct {
	Name     string // the kind's name: "Numero kutsuttiin"
	Sentence string
	Fields   []field
}

// field is one labelled detail of an event.
type field struct{ Label, Value string }

// teller tells the events of one page of the log in one language.
type teller struct {
	st   *queue.State
	lang i18n.Lang
}

// kindName is the name of a kind of event in lang, as the filter offers it.
func kindName(lang i18n.Lang, kind string) string { return tr(lang, "logkind."+kind) }

// tell tells ev; callID is the call id of the visit it concerns, if any.
func (t teller) tell(ev logged, callID string) told {
	s := sentence{t: t, key: "logev." + ev.Kind, args: []any{t.actor(ev.Actor)}, call: callID}
	s.describe(ev.p)
	out := told{Name: kindName(t.lang, ev.Kind), Sentence: maskAll(tr(t.lang, s.key, s.args...))}
	for _, f := range s.fields {
		out.Fields = append(out.Fields, field{tr(t.lang, f.Label), maskAll(f.Value)})
	}
	return out
}

// actor is who did it, as a person reads it: a user by name, a device by
// its id, the hub as "the system". A citizen's follow token is never shown.
func (t teller) actor(actor string) string {
	kind, id, _ := strings.Cut(actor, ":")
	switch kind {
	case "clerk", "admin":
		return clerkName(t.st, id)
	case "kiosk", "device":
		return tr(t.lang, "logactor.device", id)
	case "follow", "citizen":
		return tr(t.lang, "logactor.citizen")
	}
	return tr(t.lang, "logactor.system")
}

// sentence is a sentence being told: its key, its arguments after the
// actor, and the event's fields, by label key.
type sentence struct {
	t      teller
	key    string
	args   []any
	fields []field
	call   string
	all    bool // keep the fields with no value, as "–" (the parameters page)
}

func (s *sentence) say(args ...any) { s.args = append(s.args, args...) }

func (s *sentence) field(label string, value any) {
	v := fmt.Sprint(value)
	if v == "" || v == "0" {
		if !s.all {
			return
		}
		v = "–"
	}
	s.fields = append(s.fields, field{label, v})
}

// visit is the call id of the event's visit, or its number.
func (s *sentence) visit(id uint64) string {
	if s.call != "" {
		return s.call
	}
	return "#" + strconv.FormatUint(id, 10)
}

func (s *sentence) service(id string) string {
	if sv, ok := s.t.st.Service(id); ok {
		return nameIn(sv.Names, s.t.lang, id)
	}
	return id
}

func (s *sentence) agency(id string) string {
	for _, a := range s.t.st.Agencies {
		if a.ID == id {
			return nameIn(a.Names, s.t.lang, id)
		}
	}
	return id
}

func (s *sentence) yesNo(b bool) string {
	if b {
		return tr(s.t.lang, "logf.yes")
	}
	return tr(s.t.lang, "logf.no")
}

func (s *sentence) clock(v time.Time) string {
	if v.IsZero() {
		return ""
	}
	return v.In(s.t.st.Location()).Format("2.1.2006 15:04")
}
