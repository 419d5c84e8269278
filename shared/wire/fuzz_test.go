package wire_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"vuoro/shared/wire"
)

// fuzzed is every message type the protocol decodes. A new message type
// adds its row here (and a sample with a golden file in samples, whose
// files seed the fuzzing); TestEveryMessageTypeIsFuzzed names a type
// without a row.
var fuzzed = []fuzzRow{
	row[wire.Catalog](),
	row[wire.DisplayConfig](),
	row[wire.QueueStatus](),
	row[wire.TicketRequest](),
	row[wire.TicketReply](),
	row[wire.HelpRequest](),
	row[wire.HelpState](),
	row[wire.Call](),
	row[wire.DisplaySnapshot](),
	row[wire.RoomState](),
	row[wire.DeviceStatus](),
	row[wire.BlockSet](),
	row[wire.OfflineTicket](),
	row[wire.OfflineAck](),
	row[wire.Heartbeat](),
	row[wire.TicketCancel](),
	row[wire.CheckinRequest](),
	row[wire.CheckinReply](),
}

// fuzzRow is one message type: its zero value and its round trip.
type fuzzRow struct {
	msg   wire.Message
	round func([]byte) error
}

func row[T any, P interface {
	*T
	wire.Message
}]() fuzzRow {
	return fuzzRow{msg: P(new(T)), round: roundTrip[T, P]}
}

// roundTrip decodes b as a T. A payload Decode refuses is refused with one
// of the package's errors; one it accepts encodes, and its encoding
// decodes and encodes again to the same bytes: what a peer sends on is
// what it received.
func roundTrip[T any, P interface {
	*T
	wire.Message
}](b []byte) error {
	m, err := wire.Decode[T, P](b)
	if err != nil {
		for _, known := range []error{wire.ErrTooLarge, wire.ErrMalformed, wire.ErrVersion, wire.ErrInvalid} {
			if errors.Is(err, known) {
				return nil
			}
		}
		return fmt.Errorf("refused with an error of no kind: %v", err)
	}
	first, err := wire.Encode(P(m))
	if err != nil {
		return fmt.Errorf("a decoded message does not encode: %v", err)
	}
	back, err := wire.Decode[T, P](first)
	if err != nil {
		return fmt.Errorf("an encoded message does not decode: %v\n%s", err, first)
	}
	second, err := wire.Encode(P(back))
	if err != nil || !bytes.Equal(first, second) {
		return fmt.Errorf("the round trip changed the message (%v):\n%s\n%s", err, first, second)
	}
	return nil
}

func FuzzDecode(f *testing.F) {
	for i, r := range fuzzed {
		for name, m := range samples {
			if reflect.TypeOf(m) != reflect.TypeOf(r.msg) {
				continue
			}
			b, err := os.ReadFile(filepath.Join("testdata", name+".json"))
			if err != nil {
				f.Fatal(err)
			}
			f.Add(uint8(i), b)
		}
		f.Add(uint8(i), []byte(`{"v":1}`))
	}
	f.Fuzz(func(t *testing.T, kind uint8, b []byte) {
		r := fuzzed[int(kind)%len(fuzzed)]
		if err := r.round(b); err != nil {
			t.Fatalf("%T: %v", r.msg, err)
		}
	})
}

func TestEveryMessageTypeIsFuzzed(t *testing.T) {
	rows := map[reflect.Type]bool{}
	for _, r := range fuzzed {
		rows[reflect.TypeOf(r.msg)] = true
	}
	for name, m := range samples {
		if !rows[reflect.TypeOf(m)] {
			t.Errorf("sample %s is a %T, which has no row in fuzzed", name, m)
		}
	}
}

// A topic that parses names exactly what it says: printed again it is the
// same name, and it holds no wildcard, no empty level and no id outside
// ValidID. Any topic built from valid ids parses back to itself.
func FuzzParseTopic(f *testing.F) {
	for _, name := range []string{"vuoro/v1/lahti/catalog", "vuoro/v1/lahti/queue/vero-veroasiat", "vuoro/v1/lahti/device/kiosk-1/status",
		"vuoro/v1/lahti/kiosk/kiosk-1/ticket/reply", "vuoro/v1/lahti/kiosk/kiosk-1/help/state", "vuoro/v1/lahti/room/+", "vuoro/v1/lahti/#"} {
		f.Add(name)
	}
	f.Fuzz(func(t *testing.T, name string) {
		tp, err := wire.ParseTopic(name)
		if err != nil {
			if !errors.Is(err, wire.ErrTopic) {
				t.Fatalf("ParseTopic(%q): %v, not ErrTopic", name, err)
			}
			return
		}
		if tp.String() != name || strings.ContainsAny(name, "+#") || strings.Contains(name, "//") || !wire.ValidID(tp.Site) {
			t.Fatalf("ParseTopic(%q) = %+v, printed %q", name, tp, tp.String())
		}
		if tp.ID != "" && !wire.ValidID(tp.ID) {
			t.Fatalf("ParseTopic(%q) names id %q", name, tp.ID)
		}
		for _, id := range strings.Split(name, "/") {
			if back, err := wire.ParseTopic(wire.Topic{Kind: tp.Kind, Site: tp.Site, ID: id}.String()); wire.ValidID(id) && tp.ID != "" && (err != nil || back.ID != id) {
				t.Fatalf("%s with id %q does not parse back: %+v, %v", tp.Kind, id, back, err)
			}
		}
	})
}
