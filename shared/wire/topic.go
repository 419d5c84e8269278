package wire

import (
	"fmt"
	"strings"
)

// The topic tree. Every topic starts with Root, the protocol version and the
// site id; segments (site, device, room, service ids) are validated by
// ValidID, so no topic ever holds a wildcard or personal data.
//
//	vuoro/v1/{site}/catalog                      Catalog, retained (hub)
//	vuoro/v1/{site}/queue/{service}              QueueStatus, retained (hub)
//	vuoro/v1/{site}/call                         Call (hub)
//	vuoro/v1/{site}/display                      DisplaySnapshot, retained (hub)
//	vuoro/v1/{site}/display/{area}               DisplaySnapshot of a waiting area, retained (hub)
//	vuoro/v1/{site}/room/{room}                  RoomState, retained (hub)
//	vuoro/v1/{site}/heartbeat                    Heartbeat, every second, never retained (hub)
//	vuoro/v1/{site}/device/{device}/status       DeviceStatus, retained (device, last will)
//	vuoro/v1/{site}/device/{device}/config       DisplayConfig, retained (hub)
//	vuoro/v1/{site}/kiosk/{device}/ticket        TicketRequest (kiosk)
//	vuoro/v1/{site}/kiosk/{device}/ticket/reply  TicketReply (hub)
//	vuoro/v1/{site}/kiosk/{device}/ticket/cancel TicketCancel (kiosk)
//	vuoro/v1/{site}/kiosk/{device}/help          HelpRequest (kiosk)
//	vuoro/v1/{site}/kiosk/{device}/help/state    HelpState, retained (hub)
//	vuoro/v1/{site}/kiosk/{device}/blocks        BlockSet, retained (hub)
//	vuoro/v1/{site}/kiosk/{device}/offline       OfflineTicket (kiosk)
//	vuoro/v1/{site}/kiosk/{device}/offline/ack   OfflineAck (hub)
//	vuoro/v1/{site}/kiosk/{device}/checkin       CheckinRequest (kiosk)
//	vuoro/v1/{site}/kiosk/{device}/checkin/reply CheckinReply (hub)
const Root = "vuoro/v1"

// Kind names a topic's place in the tree.
type Kind string

// The topic kinds.
const (
	KindCatalog       Kind = "catalog"
	KindQueue         Kind = "queue"
	KindCall          Kind = "call"
	KindDisplay       Kind = "display"
	KindRoom          Kind = "room"
	KindDevice        Kind = "device"
	KindTicket        Kind = "ticket"
	KindTicketReply   Kind = "ticket-reply"
	KindHelp          Kind = "help"
	KindHelpState     Kind = "help-state"
	KindBlocks        Kind = "blocks"
	KindOffline       Kind = "offline"
	KindOfflineAck    Kind = "offline-ack"
	KindHeartbeat     Kind = "heartbeat"
	KindTicketCancel  Kind = "ticket-cancel"
	KindCheckin       Kind = "checkin"
	KindCheckinReply  Kind = "checkin-reply"
	KindDisplayConfig Kind = "display-config"
	KindAreaDisplay   Kind = "area-display" // a waiting area's DisplaySnapshot
)

// Topic is a parsed topic: its kind, its site and the one id it names
// (service, room or device), if any.
type Topic struct {
	Kind Kind
	Site string
	ID   string
}

// String returns the topic's MQTT name.
func (t Topic) String() string {
	base := Root + "/" + t.Site + "/"
	switch t.Kind {
	case KindCatalog, KindCall, KindDisplay, KindHeartbeat:
		return base + string(t.Kind)
	case KindQueue, KindRoom:
		return base + string(t.Kind) + "/" + t.ID
	case KindAreaDisplay:
		return base + "display/" + t.ID
	case KindDevice:
		return base + "device/" + t.ID + "/status"
	case KindDisplayConfig:
		return base + "device/" + t.ID + "/config"
	case KindTicket:
		return base + "kiosk/" + t.ID + "/ticket"
	case KindTicketReply:
		return base + "kiosk/" + t.ID + "/ticket/reply"
	case KindTicketCancel:
		return base + "kiosk/" + t.ID + "/ticket/cancel"
	case KindHelp:
		return base + "kiosk/" + t.ID + "/help"
	case KindHelpState:
		return base + "kiosk/" + t.ID + "/help/state"
	case KindBlocks:
		return base + "kiosk/" + t.ID + "/blocks"
	case KindOffline:
		return base + "kiosk/" + t.ID + "/offline"
	case KindOfflineAck:
		return base + "kiosk/" + t.ID + "/offline/ack"
	case KindCheckin:
		return base + "kiosk/" + t.ID + "/checkin"
	case KindCheckinReply:
		return base + "kiosk/" + t.ID + "/checkin/reply"
	}
	return base + "invalid"
}

// Filter returns the subscription filter for every topic of kind k at site.
func Filter(site string, k Kind) string {
	return Topic{Kind: k, Site: site, ID: "+"}.String()
}

// ParseTopic parses an MQTT topic name of the Vuoro tree.
func ParseTopic(name string) (Topic, error) {
	rest, ok := strings.CutPrefix(name, Root+"/")
	if !ok {
		return Topic{}, fmt.Errorf("%w: %q", ErrTopic, name)
	}
	p := strings.Split(rest, "/")
	for _, s := range p {
		if !ValidID(s) {
			return Topic{}, fmt.Errorf("%w: %q", ErrTopic, name)
		}
	}
	if t, ok := match(p); ok {
		return t, nil
	}
	return Topic{}, fmt.Errorf("%w: %q", ErrTopic, name)
}

func match(p []string) (Topic, bool) {
	if len(p) < 2 || !ValidID(p[0]) {
		return Topic{}, false
	}
	site, tail := p[0], strings.Join(p[1:], "/")
	for _, k := range []Kind{KindCatalog, KindCall, KindDisplay, KindHeartbeat} {
		if tail == string(k) {
			return Topic{Kind: k, Site: site}, true
		}
	}
	if len(p) < 3 || !ValidID(p[2]) {
		return Topic{}, false
	}
	t := Topic{Site: site, ID: p[2]}
	switch p[1] + "/" + strings.Join(p[3:], "/") {
	case "queue/":
		t.Kind = KindQueue
	case "room/":
		t.Kind = KindRoom
	case "display/":
		t.Kind = KindAreaDisplay
	case "device/status":
		t.Kind = KindDevice
	case "device/config":
		t.Kind = KindDisplayConfig
	case "kiosk/ticket":
		t.Kind = KindTicket
	case "kiosk/ticket/reply":
		t.Kind = KindTicketReply
	case "kiosk/ticket/cancel":
		t.Kind = KindTicketCancel
	case "kiosk/help":
		t.Kind = KindHelp
	case "kiosk/help/state":
		t.Kind = KindHelpState
	case "kiosk/blocks":
		t.Kind = KindBlocks
	case "kiosk/offline":
		t.Kind = KindOffline
	case "kiosk/offline/ack":
		t.Kind = KindOfflineAck
	case "kiosk/checkin":
		t.Kind = KindCheckin
	case "kiosk/checkin/reply":
		t.Kind = KindCheckinReply
	default:
		return Topic{}, false
	}
	return t, true
}

// ValidID reports whether s may be used as a site, device, room or service
// id: 1-40 characters of a-z, 0-9, '-' and '_'.
func ValidID(s string) bool {
	if s == "" || len(s) > 40 {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '_') {
			return false
		}
	}
	return true
}
