package queue_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"vuoro/hub/event"
	"vuoro/hub/queue"
	"vuoro/hub/store"
)

// A stored event the engine cannot take (a call of a visit that was never
// issued, an unknown kind, a payload that is not JSON) is a damaged file:
// opening says which event and to restore from backup, and never panics.
func TestDamagedLogIsReportedNotApplied(t *testing.T) {
	for _, bad := range []event.Event{
		{Kind: queue.KindTicketCalled, Payload: json.RawMessage(`{"ticket":999,"room":"5","clerk":"maija"}`)},
		{Kind: queue.KindServiceSettings, Payload: json.RawMessage(`{"service":"no-such","settings":{}}`)},
		{Kind: "ticket.teleported", Payload: json.RawMessage(`{}`)},
		{Kind: queue.KindVisitEnded, Payload: json.RawMessage(`{"ticket":"one"}`)},
	} {
		t.Run(bad.Kind, func(t *testing.T) {
			f := newFixture(t)
			_, err := f.e.Issue("kiosk:k1", queue.IssueRequest{Service: "veroasiat"})
			must(t, err)
			bad.Time = time.Now().UTC()
			seq, err := f.st.Append(bad) // written behind the engine's back
			must(t, err)
			f.st.Close()

			st, err := store.Open(f.path)
			must(t, err)
			defer st.Close()
			_, err = queue.Open(st, f.clock)
			if !errors.Is(err, event.ErrDamaged) {
				t.Fatalf("open over a damaged log: %v, want ErrDamaged", err)
			}
			if want := fmt.Sprintf("event %d ", seq); !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), "restore it from backup") {
				t.Fatalf("error %q does not name %q and the way out", err, want)
			}
		})
	}
}

// The engine refuses, before saving, an event whose visit does not exist,
// so the log never holds one.
func TestCheckRefusesDanglingReference(t *testing.T) {
	f := newFixture(t)
	var err error
	f.e.Read(func(s *queue.State) {
		err = s.Check(event.Event{Kind: queue.KindVisitEnded, Payload: json.RawMessage(`{"ticket":42}`)})
	})
	if err == nil {
		t.Fatal("an end of an unknown visit passed the check")
	}
	before, _ := f.st.LastSeq()
	if _, err := f.e.End("clerk:maija", 42); err == nil {
		t.Fatal("ended an unknown visit")
	}
	if after, _ := f.st.LastSeq(); after != before {
		t.Fatalf("the log grew from %d to %d on a refused command", before, after)
	}
}
