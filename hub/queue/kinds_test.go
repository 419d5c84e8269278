package queue_test

import (
	"encoding/json"
	"errors"
	"testing"

	"vuoro/hub/event"
	"vuoro/hub/event/eventtest"
	"vuoro/hub/queue"
)

// Every kind of event the engine declares has a payload type of its own,
// a decoder row and an applier; each is in the log of every kind, whose
// payloads decode and encode back to the same bytes (and replay: see
// TestEventsOnDiskAreUnchanged).
func TestEveryKindHasAPayloadTypeAndAnApplier(t *testing.T) {
	eventtest.CheckKinds(t, ".", queue.KindNames(), queue.Decode)
	seen := eventtest.RoundTrip(t, readLog(t, goldenLog), queue.Decode)
	for _, k := range queue.KindNames() {
		if !seen[k] {
			t.Errorf("no %s event in %s", k, goldenLog)
		}
	}
}

func TestUnknownKindIsOneClearError(t *testing.T) {
	_, err := queue.Decode(event.Event{Seq: 7, Kind: "ticket.teleported", Payload: []byte(`{}`)})
	if want := `queue: unknown event kind "ticket.teleported" (written by a newer hub?)`; err == nil || err.Error() != want {
		t.Fatalf("decode of an unknown kind: %v, want %s", err, want)
	}
	if !errors.Is(err, queue.ErrUnknownKind) {
		t.Fatalf("%v is not ErrUnknownKind", err)
	}
}

// The decoder, and the check that runs on every stored event, never panic,
// whatever a damaged file holds.
func FuzzDecode(f *testing.F) {
	log := &memLog{}
	for _, ev := range readLog(f, goldenLog) {
		f.Add(ev.Kind, []byte(ev.Payload))
		ev.Payload = append(json.RawMessage{}, ev.Payload...)
		log.Append(ev)
	}
	f.Add("ticket.teleported", []byte(`{}`))
	f.Add(queue.KindTicketCalled, []byte(`{"ticket":"one"}`))
	f.Add(queue.KindDayClosed, []byte(`null`))
	e, err := queue.Open(log, &clock{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, kind string, payload []byte) {
		ev := event.Event{Seq: 1000, Kind: kind, Payload: payload}
		p, err := queue.Decode(ev)
		if err != nil {
			return
		}
		if p.Kind() != kind {
			t.Fatalf("%s decoded as %T, of kind %s", kind, p, p.Kind())
		}
		if _, err := json.Marshal(p); err != nil {
			t.Fatalf("%T does not encode: %v", p, err)
		}
		queue.VisitOf(ev, p)
		e.Read(func(s *queue.State) { s.Check(ev) })
	})
}
