package voucher_test

import (
	"errors"
	"testing"

	"vuoro/hub/event"
	"vuoro/hub/event/eventtest"
	"vuoro/hub/voucher"
)

// everyKind runs a voucher through a command of every kind and returns
// the log.
func everyKind(t *testing.T) *memLog {
	t.Helper()
	e, log, v := setup(t)
	_, err := e.Open("p1", v.Number, v.Check)
	if err == nil {
		_, err = e.Record("p1", "p1", v.ID, voucher.Entry{Date: day, Description: "Siivous 2 h", Amount: 6000})
	}
	var fb voucher.Feedback
	if err == nil {
		fb, err = e.GiveFeedback(voucher.Person{HETU: "010280-952L", Name: "Sanna"}, v.ID, voucher.Feedback{Provider: "p1", Rating: 5, Text: "Kiitos"})
	}
	err = errors.Join(err, e.Reply("p1", "p1", fb.ID, "Kiitos itsellenne"),
		e.SetProxy(staff, v.ID, voucher.Person{HETU: "230148-923T", Name: "Aili"}),
		e.Seen(voucher.Seen{Role: "staff", Viewer: "sote", Page: "voucher", Vouchers: []uint64{v.ID}}),
		e.End(staff, v.ID))
	if err != nil {
		t.Fatal(err)
	}
	return log
}

// Every kind of voucher event has a payload type of its own, a decoder row
// and an applier; each payload decodes and encodes back to its bytes, and
// the log replays.
func TestEveryKindHasAPayloadTypeAndAnApplier(t *testing.T) {
	names := voucher.KindNames()
	eventtest.CheckKinds(t, ".", names, voucher.Decode)
	log := everyKind(t)
	seen := eventtest.RoundTrip(t, log.evs[1:], voucher.Decode)
	if len(seen) != len(names) {
		t.Errorf("the log has kinds %v of %v", seen, names)
	}
	if _, err := voucher.Open(log, clock{day}); err != nil {
		t.Fatalf("replay: %v", err)
	}
	_, err := voucher.Decode(event.Event{Kind: "voucher.teleported", Payload: []byte(`{}`)})
	if want := `voucher: unknown event kind "voucher.teleported" (written by a newer hub?)`; err == nil || err.Error() != want {
		t.Fatalf("decode of an unknown kind: %v, want %s", err, want)
	}
}

// The decoder never panics, whatever a damaged file holds.
func FuzzDecode(f *testing.F) {
	f.Add(voucher.KindGranted, []byte(`{"number":"x","value":"lots"}`))
	f.Add(voucher.KindPersonalDataIn, []byte(`{"vouchers":[1,2]}`))
	f.Fuzz(func(t *testing.T, kind string, payload []byte) {
		p, err := voucher.Decode(event.Event{Kind: kind, Payload: payload})
		if err == nil && p.Kind() != kind {
			t.Fatalf("%s decoded as %T, of kind %s", kind, p, p.Kind())
		}
	})
}
