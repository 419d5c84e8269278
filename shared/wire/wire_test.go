package wire_test

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"vuoro/shared/golden"
	"vuoro/shared/wire"
)

var sent = time.Date(2026, 11, 22, 10, 15, 0, 0, time.UTC)

func head(id string) wire.Header { return wire.Header{V: wire.Version, ID: id, Sent: sent} }

// samples holds one message of every type; each has a golden file.
var samples = map[string]wire.Message{
	"catalog": &wire.Catalog{Header: head("m1"),
		Site: wire.Site{ID: "lahti", Name: "Lahden virastotalo", WaitingRoom: "Odotusaula Lahti",
			WaitingRooms: wire.Names{"fi": "Odotusaula Lahti", "sv": "Väntrum Lahtis", "en": "Lahti waiting room"},
			PublicURL:    "https://vuoro.lahti.fi",
			Wayfinding:   wire.Names{"fi": "Siirry odotusaulaan seuraamalla keltaista viivaa."}, TimeZone: "Europe/Helsinki"},
		Agencies: []wire.Agency{{ID: "vero", Names: wire.Names{"fi": "Verohallinto", "sv": "Skatteförvaltningen"},
			Services: []wire.Service{{ID: "vero-veroasiat", Letter: "R", Names: wire.Names{"fi": "Veroasiat"}, Open: true}}}}},
	"queue_status":   &wire.QueueStatus{Header: head("m2"), Service: "vero-veroasiat", Waiting: 4},
	"ticket_request": &wire.TicketRequest{Header: head("m3"), Device: "kiosk-1", Service: "vero-veroasiat", Lang: "fi", Persons: 1},
	"ticket_reply": &wire.TicketReply{Header: head("m4"), RequestID: "m3",
		Ticket: &wire.Ticket{CallID: "R19", Service: "vero-veroasiat", Ahead: 3, Issued: sent}},
	"ticket_estimate": &wire.TicketReply{Header: head("m30"), RequestID: "m3",
		Ticket: &wire.Ticket{CallID: "R19", Service: "vero-veroasiat", Ahead: 3, Issued: sent,
			Estimate: &wire.Estimate{Low: 10, High: 20}, Follow: "/follow/AAECAwQFBgcICQoLDA0ODw"}},
	"ticket_refused": &wire.TicketReply{Header: head("m5"), RequestID: "m3",
		Error: &wire.Error{Code: wire.ErrCodeClosed, Message: "queue closed"}},
	"help":              &wire.HelpRequest{Header: head("m6"), Device: "kiosk-1", Lang: "sv", Screen: "service"},
	"help_after_ticket": &wire.HelpRequest{Header: head("m11"), Device: "kiosk-1", Lang: "fi", Screen: "success", TicketRequest: "m3"},
	"help_state":        &wire.HelpState{Header: head("m12"), Device: "kiosk-1", Help: 57, State: wire.HelpTaken, RequestID: "m6"},
	"display_from_log":  &wire.DisplaySnapshot{Header: head("m13"), Seq: 3, Calls: []wire.CallEntry{{Seq: 3, CallID: "R1", Room: "6", At: sent}}, Log: "5f0c2a9e41b7d3c8"},
	"room_from_log":     &wire.RoomState{Header: head("m14"), Seq: 3, Room: "6", CallID: "R1", Since: sent, Log: "5f0c2a9e41b7d3c8"},
	"call":              &wire.Call{Header: head("m7"), CallEntry: wire.CallEntry{Seq: 42, CallID: "A22", Room: "6", At: sent, Visit: 17}},
	"display_snapshot":  &wire.DisplaySnapshot{Header: head("m8"), Seq: 42, Calls: []wire.CallEntry{{Seq: 42, CallID: "A22", Room: "6", At: sent, Visit: 17}, {Seq: 40, CallID: "A21", Room: "5", At: sent, Visit: 15}}},
	"room_state":        &wire.RoomState{Header: head("m9"), Seq: 42, Room: "6", CallID: "A22", Since: sent, Visit: 17},
	"device_status":     &wire.DeviceStatus{Header: head("m10"), Device: "kiosk-1", Kind: "kiosk", Online: true, Detail: "printer: paper near end"},
	"device_health": &wire.DeviceStatus{Header: head("m15"), Device: "kiosk-1", Kind: "kiosk", Online: true,
		Health: wire.Health{Version: "1.4.0", Uptime: 3600, Printer: wire.PrinterPaperOut, Reader: &present, LastError: "escpos: printer not ready: paper out"}},
	"blocks": &wire.BlockSet{Header: head("m18"), Device: "kiosk-1", Blocks: []wire.Block{
		{Service: "vero-veroasiat", Letter: "R", Day: "2026-11-22", First: 6, Last: 10, Used: []int{6}}}},
	"offline_ticket": &wire.OfflineTicket{Header: head("m19"), Device: "kiosk-1", Service: "vero-veroasiat", Day: "2026-11-22",
		Number: 7, CallID: "R7", CheckedIn: sent, Persons: 1, Lang: "sv"},
	"offline_ack":   &wire.OfflineAck{Header: head("m20"), RequestID: "m19", Outcome: wire.OfflineRecorded},
	"heartbeat":     &wire.Heartbeat{Header: head("m21"), Time: sent, Log: "5f0c2a9e41b7d3c8"},
	"ticket_cancel": &wire.TicketCancel{Header: head("m22"), Device: "kiosk-1", RequestID: "m23"},
	"ticket_deadline": &wire.TicketRequest{Header: head("m23"), Device: "kiosk-1", Service: "vero-veroasiat", Lang: "fi", Persons: 1,
		Deadline: sent.Add(14 * time.Second)},
	"ticket_expired": &wire.TicketReply{Header: head("m24"), RequestID: "m23", Error: &wire.Error{Code: wire.ErrCodeExpired, Message: "past its deadline"}},
	"checkin_by_code": &wire.CheckinRequest{Header: head("m25"), Device: "kiosk-1", Lang: "fi", Agency: "vero",
		HetuMAC: "5d41402abc4b2a76b9719d911017c5925d41402abc4b2a76b9719d911017c592"},
	"checkin_by_name": &wire.CheckinRequest{Header: head("m26"), Device: "kiosk-1", Lang: "sv", Name: "Åsa Öberg", Time: "13:00"},
	"checkin_reply": &wire.CheckinReply{Header: head("m27"), RequestID: "m25", Checkin: &wire.Checkin{
		Ticket: wire.Ticket{CallID: "R20", Service: "vero-veroasiat", Ahead: 0, Issued: sent}, FirstName: "Matti", At: sent, Room: "6"}},
	"checkin_ambiguous": &wire.CheckinReply{Header: head("m28"), RequestID: "m26",
		Error: &wire.Error{Code: wire.ErrCodeAmbiguous, Message: "2 appointments fit"}},
}

var present = true

func TestGolden(t *testing.T) {
	for name, m := range samples {
		t.Run(name, func(t *testing.T) {
			got, err := wire.Encode(m)
			if err != nil {
				t.Fatal(err)
			}
			golden.Bytes(t, name+".json", append(got, '\n'))
			want, err := os.ReadFile(filepath.Join("testdata", name+".json"))
			if err != nil {
				t.Fatal(err)
			}
			back := reflect.New(reflect.TypeOf(m).Elem()).Interface().(wire.Message)
			if err := decodeInto(want, back); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(back, m) {
				t.Errorf("golden decodes to %+v, want %+v", back, m)
			}
		})
	}
}

// decodeInto decodes b with the Decode instantiation matching m's type.
func decodeInto(b []byte, m wire.Message) error {
	var err error
	switch m := m.(type) {
	case *wire.Catalog:
		err = set(m, b, wire.Decode[wire.Catalog])
	case *wire.QueueStatus:
		err = set(m, b, wire.Decode[wire.QueueStatus])
	case *wire.TicketRequest:
		err = set(m, b, wire.Decode[wire.TicketRequest])
	case *wire.TicketReply:
		err = set(m, b, wire.Decode[wire.TicketReply])
	case *wire.HelpRequest:
		err = set(m, b, wire.Decode[wire.HelpRequest])
	case *wire.HelpState:
		err = set(m, b, wire.Decode[wire.HelpState])
	case *wire.Call:
		err = set(m, b, wire.Decode[wire.Call])
	case *wire.DisplaySnapshot:
		err = set(m, b, wire.Decode[wire.DisplaySnapshot])
	case *wire.RoomState:
		err = set(m, b, wire.Decode[wire.RoomState])
	case *wire.DeviceStatus:
		err = set(m, b, wire.Decode[wire.DeviceStatus])
	case *wire.BlockSet:
		err = set(m, b, wire.Decode[wire.BlockSet])
	case *wire.OfflineTicket:
		err = set(m, b, wire.Decode[wire.OfflineTicket])
	case *wire.OfflineAck:
		err = set(m, b, wire.Decode[wire.OfflineAck])
	case *wire.Heartbeat:
		err = set(m, b, wire.Decode[wire.Heartbeat])
	case *wire.TicketCancel:
		err = set(m, b, wire.Decode[wire.TicketCancel])
	case *wire.CheckinRequest:
		err = set(m, b, wire.Decode[wire.CheckinRequest])
	case *wire.CheckinReply:
		err = set(m, b, wire.Decode[wire.CheckinReply])
	}
	return err
}

func set[T any](dst *T, b []byte, dec func([]byte) (*T, error)) error {
	v, err := dec(b)
	if err == nil {
		*dst = *v
	}
	return err
}

// TestPayloadsWithoutVisitDecode keeps the payloads of hubs before the
// visit key decodable: the key is 0 and everything else is as sent.
func TestPayloadsWithoutVisitDecode(t *testing.T) {
	snap, err := wire.Decode[wire.DisplaySnapshot]([]byte(`{"v":1,"id":"m8","sent":"2026-11-22T10:15:00Z","seq":42,` +
		`"calls":[{"seq":42,"call_id":"A22","room":"6","at":"2026-11-22T10:15:00Z"}]}`))
	if err != nil || len(snap.Calls) != 1 || snap.Calls[0].Visit != 0 || snap.Calls[0].CallID != "A22" {
		t.Fatalf("old snapshot: %+v, %v", snap, err)
	}
	room, err := wire.Decode[wire.RoomState]([]byte(`{"v":1,"id":"m9","sent":"2026-11-22T10:15:00Z","seq":42,"room":"6","call_id":"A22","since":"2026-11-22T10:15:00Z"}`))
	if err != nil || room.Visit != 0 || room.CallID != "A22" {
		t.Fatalf("old room state: %+v, %v", room, err)
	}
	call, err := wire.Decode[wire.Call]([]byte(`{"v":1,"id":"m7","sent":"2026-11-22T10:15:00Z","seq":42,"call_id":"A22","room":"6","at":"2026-11-22T10:15:00Z"}`))
	if err != nil || call.Visit != 0 || call.Room != "6" {
		t.Fatalf("old call: %+v, %v", call, err)
	}
}

func TestDecodeRejects(t *testing.T) {
	tests := []struct {
		name    string
		payload string
		want    error
	}{
		{"not json", `{"v":1,`, wire.ErrMalformed},
		{"array", `[1,2]`, wire.ErrMalformed},
		{"no version", `{"id":"x","device":"k","service":"s","lang":"fi","persons":1}`, wire.ErrVersion},
		{"future version", `{"v":2,"id":"x","device":"k","service":"s","lang":"fi","persons":1}`, wire.ErrVersion},
		{"wrong field type", `{"v":1,"id":"x","device":"k","service":"s","lang":"fi","persons":"one"}`, wire.ErrMalformed},
		{"no id", `{"v":1,"device":"k","service":"s","lang":"fi","persons":1}`, wire.ErrInvalid},
		{"no service", `{"v":1,"id":"x","device":"k","lang":"fi","persons":1}`, wire.ErrInvalid},
		{"persons zero", `{"v":1,"id":"x","device":"k","service":"s","lang":"fi","persons":0}`, wire.ErrInvalid},
		{"persons many", `{"v":1,"id":"x","device":"k","service":"s","lang":"fi","persons":40}`, wire.ErrInvalid},
		{"unknown language", `{"v":1,"id":"x","device":"k","service":"s","lang":"de","persons":1}`, wire.ErrInvalid},
		{"oversized", `{"v":1,"id":"x","pad":"` + strings.Repeat("a", wire.MaxPayload) + `"}`, wire.ErrTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := wire.Decode[wire.TicketRequest]([]byte(tt.payload))
			if !errors.Is(err, tt.want) {
				t.Fatalf("Decode = %v, want %v", err, tt.want)
			}
		})
	}
}

func TestReplyNeedsOneOutcome(t *testing.T) {
	both := &wire.TicketReply{Header: head("x"), RequestID: "r", Ticket: &wire.Ticket{CallID: "R1"}, Error: &wire.Error{Code: "closed"}}
	if _, err := wire.Encode(both); !errors.Is(err, wire.ErrInvalid) {
		t.Fatalf("reply with ticket and error encoded: %v", err)
	}
	if _, err := wire.Encode(&wire.TicketReply{Header: head("x"), RequestID: "r"}); !errors.Is(err, wire.ErrInvalid) {
		t.Fatalf("empty reply encoded: %v", err)
	}
}

func TestTicketRejects(t *testing.T) {
	for name, tk := range map[string]wire.Ticket{
		"no call id":          {Follow: "/follow/AAECAwQFBgcICQoLDA0ODw"},
		"estimate backwards":  {CallID: "R1", Estimate: &wire.Estimate{Low: 20, High: 10}},
		"estimate negative":   {CallID: "R1", Estimate: &wire.Estimate{Low: -1, High: 10}},
		"estimate past a day": {CallID: "R1", Estimate: &wire.Estimate{Low: 10, High: wire.MaxEstimate + 1}},
		"follow elsewhere":    {CallID: "R1", Follow: "https://evil.example/AAECAwQFBgcICQoLDA0ODw"},
		"follow short":        {CallID: "R1", Follow: "/follow/AAECAwQ"},
		"follow with a path":  {CallID: "R1", Follow: "/follow/AAECAwQFBgcICQoLDA0ODw/../x"},
	} {
		reply := &wire.TicketReply{Header: head("x"), RequestID: "r", Ticket: &tk}
		if _, err := wire.Encode(reply); !errors.Is(err, wire.ErrInvalid) {
			t.Errorf("%s: encoded (%v)", name, err)
		}
	}
}

func TestTopics(t *testing.T) {
	tests := []struct {
		topic wire.Topic
		name  string
	}{
		{wire.Topic{Kind: wire.KindCatalog, Site: "lahti"}, "vuoro/v1/lahti/catalog"},
		{wire.Topic{Kind: wire.KindCall, Site: "lahti"}, "vuoro/v1/lahti/call"},
		{wire.Topic{Kind: wire.KindDisplay, Site: "lahti"}, "vuoro/v1/lahti/display"},
		{wire.Topic{Kind: wire.KindQueue, Site: "lahti", ID: "vero-veroasiat"}, "vuoro/v1/lahti/queue/vero-veroasiat"},
		{wire.Topic{Kind: wire.KindRoom, Site: "lahti", ID: "6"}, "vuoro/v1/lahti/room/6"},
		{wire.Topic{Kind: wire.KindDevice, Site: "lahti", ID: "kiosk-1"}, "vuoro/v1/lahti/device/kiosk-1/status"},
		{wire.Topic{Kind: wire.KindTicket, Site: "lahti", ID: "kiosk-1"}, "vuoro/v1/lahti/kiosk/kiosk-1/ticket"},
		{wire.Topic{Kind: wire.KindTicketReply, Site: "lahti", ID: "kiosk-1"}, "vuoro/v1/lahti/kiosk/kiosk-1/ticket/reply"},
		{wire.Topic{Kind: wire.KindHelp, Site: "lahti", ID: "kiosk-1"}, "vuoro/v1/lahti/kiosk/kiosk-1/help"},
		{wire.Topic{Kind: wire.KindHelpState, Site: "lahti", ID: "kiosk-1"}, "vuoro/v1/lahti/kiosk/kiosk-1/help/state"},
		{wire.Topic{Kind: wire.KindBlocks, Site: "lahti", ID: "kiosk-1"}, "vuoro/v1/lahti/kiosk/kiosk-1/blocks"},
		{wire.Topic{Kind: wire.KindOffline, Site: "lahti", ID: "kiosk-1"}, "vuoro/v1/lahti/kiosk/kiosk-1/offline"},
		{wire.Topic{Kind: wire.KindOfflineAck, Site: "lahti", ID: "kiosk-1"}, "vuoro/v1/lahti/kiosk/kiosk-1/offline/ack"},
		{wire.Topic{Kind: wire.KindHeartbeat, Site: "lahti"}, "vuoro/v1/lahti/heartbeat"},
		{wire.Topic{Kind: wire.KindTicketCancel, Site: "lahti", ID: "kiosk-1"}, "vuoro/v1/lahti/kiosk/kiosk-1/ticket/cancel"},
		{wire.Topic{Kind: wire.KindCheckin, Site: "lahti", ID: "kiosk-1"}, "vuoro/v1/lahti/kiosk/kiosk-1/checkin"},
		{wire.Topic{Kind: wire.KindCheckinReply, Site: "lahti", ID: "kiosk-1"}, "vuoro/v1/lahti/kiosk/kiosk-1/checkin/reply"},
		{wire.Topic{Kind: wire.KindDisplayConfig, Site: "lahti", ID: "aula-1"}, "vuoro/v1/lahti/device/aula-1/config"},
		{wire.Topic{Kind: wire.KindAreaDisplay, Site: "lahti", ID: "aula"}, "vuoro/v1/lahti/display/aula"},
	}
	for _, tt := range tests {
		if got := tt.topic.String(); got != tt.name {
			t.Errorf("%+v.String() = %q, want %q", tt.topic, got, tt.name)
		}
		got, err := wire.ParseTopic(tt.name)
		if err != nil || got != tt.topic {
			t.Errorf("ParseTopic(%q) = %+v, %v; want %+v", tt.name, got, err, tt.topic)
		}
	}
	if got := wire.Filter("lahti", wire.KindTicket); got != "vuoro/v1/lahti/kiosk/+/ticket" {
		t.Errorf("Filter = %q", got)
	}
}

func TestParseTopicRejects(t *testing.T) {
	for _, name := range []string{
		"", "vuoro/v1", "vuoro/v2/lahti/call", "other/v1/lahti/call", "vuoro/v1/lahti/calls",
		"vuoro/v1/Lahti/call", "vuoro/v1/lahti/room", "vuoro/v1/lahti/room/6/x", "vuoro/v1/lahti/kiosk/k/ticket/x",
		"vuoro/v1/lahti/room/+", "vuoro/v1/lahti/device/010280-952L/status/extra",
	} {
		if got, err := wire.ParseTopic(name); !errors.Is(err, wire.ErrTopic) {
			t.Errorf("ParseTopic(%q) = %+v, %v; want ErrTopic", name, got, err)
		}
	}
}

func TestLivenessRejects(t *testing.T) {
	for name, payload := range map[string]string{
		"beat without time":    `{"v":1,"id":"x","log":"5f0c"}`,
		"beat without log":     `{"v":1,"id":"x","time":"2026-11-22T10:15:00Z"}`,
		"cancel without id":    `{"v":1,"id":"x","device":"kiosk-1"}`,
		"cancel without kiosk": `{"v":1,"id":"x","request_id":"m3"}`,
	} {
		var err error
		if strings.HasPrefix(name, "beat") {
			_, err = wire.Decode[wire.Heartbeat]([]byte(payload))
		} else {
			_, err = wire.Decode[wire.TicketCancel]([]byte(payload))
		}
		if !errors.Is(err, wire.ErrInvalid) {
			t.Errorf("%s: %v, want ErrInvalid", name, err)
		}
	}
}

func TestHelpStateRejects(t *testing.T) {
	for name, payload := range map[string]string{
		"unknown state": `{"v":1,"id":"x","device":"kiosk-1","help":5,"state":"lost"}`,
		"no help id":    `{"v":1,"id":"x","device":"kiosk-1","state":"open"}`,
		"no device":     `{"v":1,"id":"x","help":5,"state":"open"}`,
	} {
		if _, err := wire.Decode[wire.HelpState]([]byte(payload)); !errors.Is(err, wire.ErrInvalid) {
			t.Errorf("%s: %v, want ErrInvalid", name, err)
		}
	}
}

func TestOfflineMessagesReject(t *testing.T) {
	for name, c := range map[string]struct {
		payload string
		decode  func([]byte) error
	}{
		"ticket without check-in": {`{"v":1,"id":"x","device":"k","service":"s","day":"2026-11-22","number":3,"call_id":"R3","persons":1,"lang":"fi"}`,
			func(b []byte) error { _, err := wire.Decode[wire.OfflineTicket](b); return err }},
		"ticket of number 0": {`{"v":1,"id":"x","device":"k","service":"s","day":"2026-11-22","number":0,"call_id":"R0","checked_in":"2026-11-22T10:00:00Z","persons":1,"lang":"fi"}`,
			func(b []byte) error { _, err := wire.Decode[wire.OfflineTicket](b); return err }},
		"refusal without error": {`{"v":1,"id":"x","request_id":"y","outcome":"refused"}`,
			func(b []byte) error { _, err := wire.Decode[wire.OfflineAck](b); return err }},
		"unknown outcome": {`{"v":1,"id":"x","request_id":"y","outcome":"lost"}`,
			func(b []byte) error { _, err := wire.Decode[wire.OfflineAck](b); return err }},
		"block of no numbers": {`{"v":1,"id":"x","device":"k","blocks":[{"service":"s","letter":"R","day":"2026-11-22","first":5,"last":4}]}`,
			func(b []byte) error { _, err := wire.Decode[wire.BlockSet](b); return err }},
	} {
		if err := c.decode([]byte(c.payload)); !errors.Is(err, wire.ErrInvalid) {
			t.Errorf("%s: %v, want ErrInvalid", name, err)
		}
	}
}

func FuzzDecodeOfflineTicket(f *testing.F) {
	f.Add([]byte(`{"v":1,"id":"x","device":"k","service":"s","day":"2026-11-22","number":3,"call_id":"R3","checked_in":"2026-11-22T10:00:00Z","persons":1,"lang":"fi"}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := wire.Decode[wire.OfflineTicket](b)
		if err != nil {
			return
		}
		if _, err := wire.Encode(m); err != nil {
			t.Fatalf("decoded message does not encode: %v", err)
		}
	})
}
