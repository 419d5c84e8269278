package web

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/crypto/bcrypt"

	"vuoro/hub/demo"
	"vuoro/hub/event"
	"vuoro/hub/queue"
	"vuoro/hub/store"
	"vuoro/shared/i18n"
)

type fixedClock time.Time

func (c fixedClock) Now() time.Time { return time.Time(c) }

// Every kind of event the engine writes has a name for the filter and a
// sentence in every language, and every event of the log of every kind
// (the queue's golden log) is told in full: a kind added without its
// sentence, or without its case in describe, leaves a marker or a
// missing argument that fails here.
func TestEveryKindIsToldInEveryLanguage(t *testing.T) {
	tl := teller{st: demoState(t)}
	seen := map[string]bool{}
	for _, ev := range goldenEvents(t) {
		p, err := queue.Decode(ev)
		if err != nil {
			t.Fatal(err)
		}
		seen[ev.Kind] = true
		for _, tl.lang = range i18n.Langs {
			got := tl.tell(logged{ev, p}, "R19")
			all := got.Name + " " + got.Sentence
			for _, f := range got.Fields {
				all += " " + f.Label + " " + f.Value
			}
			if strings.Contains(all, "%!") || strings.Contains(all, "!log") || strings.Contains(all, ev.Kind) {
				t.Errorf("%s in %s is told as %q", ev.Kind, tl.lang, all)
			}
			if catalog[tl.lang]["logev."+ev.Kind] == "" || catalog[tl.lang]["logkind."+ev.Kind] == "" {
				t.Errorf("%s has no sentence or name in %s", ev.Kind, tl.lang)
			}
		}
	}
	for _, k := range queue.Kinds() {
		if !seen[k] {
			t.Errorf("no %s event in the golden log to tell", k)
		}
	}
}

// The sentence names who did it, the number and the room, and a personal
// identity code never shows whole.
func TestASentenceNamesWhoAndWhat(t *testing.T) {
	tl := teller{st: demoState(t), lang: i18n.FI}
	called := queue.TicketCalled{Ticket: 7, Room: "6", Clerk: "vero"}
	if got := tl.tell(logged{event.Event{Kind: queue.KindTicketCalled, Actor: "clerk:vero"}, called}, "R19").Sentence; !strings.Contains(got, "kutsui numeron R19 huoneeseen 6") || strings.HasPrefix(got, "vero ") {
		t.Errorf("the call is told as %q", got)
	}
	booked := queue.AppointmentBooked{Service: "vero-veroasiat", At: time.Time(fixedStart), Person: queue.Person{Name: "Matti", HETU: "010280-952L"}}
	got := tl.tell(logged{event.Event{Kind: queue.KindAppointmentBook, Actor: "clerk:vero"}, booked}, "")
	for _, f := range got.Fields {
		if strings.Contains(f.Value, "952L") {
			t.Errorf("%s shows the personal identity code: %q", f.Label, f.Value)
		}
	}
}

var fixedStart = fixedClock(time.Date(2026, 11, 23, 7, 54, 0, 0, time.UTC))

// demoState is the state of the demo site.
func demoState(t *testing.T) *queue.State {
	st, err := store.Open(filepath.Join(t.TempDir(), "hub.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	eng, err := queue.Open(st, fixedStart)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := demo.SeedCost(eng, st, "lahti", bcrypt.MinCost); err != nil {
		t.Fatal(err)
	}
	var out *queue.State
	eng.Read(func(s *queue.State) { out = s })
	return out
}

// goldenEvents is the queue's log of every kind of event.
func goldenEvents(t *testing.T) []event.Event {
	f, err := os.Open("../queue/testdata/every-kind.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []event.Event
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var ev event.Event
		if err := json.Unmarshal(sc.Bytes(), &ev); err != nil {
			t.Fatal(err)
		}
		out = append(out, ev)
	}
	return out
}
