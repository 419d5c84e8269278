package broker

import (
	"strings"

	"vuoro/shared/wire"
)

// The kinds of device, as the hub's enrolment names them.
const (
	KindKiosk          = "kiosk"
	KindQueueDisplay   = "queue-display"
	KindCounterDisplay = "counter-display"
)

// Identity is who an authenticated device is: its id, its kind and, for a
// counter display, its room.
type Identity struct {
	Device string
	Kind   string
	Room   string
}

// MayPublish reports whether a device may publish on topic at site: only
// its own status, and a kiosk its own ticket requests, ticket cancels and
// help calls. Everything else (catalog, display, room, call, queue,
// replies, help states, heartbeat) is the hub's alone.
func (id Identity) MayPublish(site, topic string) bool {
	t, err := wire.ParseTopic(topic)
	if err != nil || t.Site != site || t.ID != id.Device {
		return false
	}
	switch t.Kind {
	case wire.KindDevice:
		return true
	case wire.KindTicket, wire.KindTicketCancel, wire.KindHelp:
		return id.Kind == KindKiosk
	}
	return false
}

// MaySubscribe reports whether a device may subscribe to filter at site:
// only to what its kind shows, and never to another device's topics. The
// only wildcard allowed is a kiosk's "queue/+".
func (id Identity) MaySubscribe(site, filter string) bool {
	if id.Kind == KindKiosk && filter == wire.Filter(site, wire.KindQueue) {
		return true
	}
	if strings.ContainsAny(filter, "+#") {
		return false
	}
	t, err := wire.ParseTopic(filter)
	if err != nil || t.Site != site {
		return false
	}
	if t.Kind == wire.KindHeartbeat { // every device follows the hub's liveness
		return true
	}
	switch id.Kind {
	case KindKiosk:
		return t.Kind == wire.KindCatalog || t.Kind == wire.KindQueue ||
			(t.Kind == wire.KindTicketReply || t.Kind == wire.KindHelpState) && t.ID == id.Device
	case KindQueueDisplay:
		return t.Kind == wire.KindDisplay || t.Kind == wire.KindCall || t.Kind == wire.KindCatalog
	case KindCounterDisplay:
		return t.Kind == wire.KindRoom && t.ID == id.Room
	}
	return false
}
