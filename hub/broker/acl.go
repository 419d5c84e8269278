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

// Access is what a grant lets a device do with a topic.
type Access int

const (
	Publish Access = iota
	Subscribe
)

// Scope is whose topics of a kind a grant covers.
type Scope int

const (
	Every   Scope = iota // the site's topic, or every id of the kind ("queue/+")
	Own                  // the device's own id
	OwnRoom              // the counter display's room
)

// Grant is one kind of topic a kind of device may publish or subscribe to.
type Grant struct {
	Device string // the device kind
	Access Access
	Topic  wire.Kind
	Scope  Scope
}

// Grants is the one table of what each kind of device may do. The
// embedded broker's hook (MayPublish, MaySubscribe) and the external
// broker's accounts (hub/dynsec, through Filters) both read it, so they
// cannot drift: a new topic a device needs is one row here. Everything
// not granted (catalog, display, room, call, queue, replies, help states,
// any other site, any retained message) is the hub's alone.
var Grants = []Grant{
	{KindKiosk, Publish, wire.KindDevice, Own},
	{KindKiosk, Publish, wire.KindTicket, Own},
	{KindKiosk, Publish, wire.KindTicketCancel, Own},
	{KindKiosk, Subscribe, wire.KindHeartbeat, Every},
	{KindKiosk, Publish, wire.KindHelp, Own},
	{KindKiosk, Subscribe, wire.KindCatalog, Every},
	{KindKiosk, Subscribe, wire.KindQueue, Every},
	{KindKiosk, Subscribe, wire.KindTicketReply, Own},
	{KindKiosk, Subscribe, wire.KindHelpState, Own},
	{KindKiosk, Publish, wire.KindOffline, Own},
	{KindKiosk, Subscribe, wire.KindBlocks, Own},
	{KindKiosk, Subscribe, wire.KindOfflineAck, Own},
	{KindKiosk, Publish, wire.KindCheckin, Own},
	{KindKiosk, Subscribe, wire.KindCheckinReply, Own},
	{KindQueueDisplay, Publish, wire.KindDevice, Own},
	{KindQueueDisplay, Subscribe, wire.KindHeartbeat, Every},
	{KindQueueDisplay, Subscribe, wire.KindDisplay, Every},
	{KindQueueDisplay, Subscribe, wire.KindCall, Every},
	{KindQueueDisplay, Subscribe, wire.KindCatalog, Every},
	{KindQueueDisplay, Subscribe, wire.KindDisplayConfig, Own},
	{KindQueueDisplay, Subscribe, wire.KindAreaDisplay, Every},
	{KindCounterDisplay, Publish, wire.KindDevice, Own},
	{KindCounterDisplay, Subscribe, wire.KindHeartbeat, Every},
	{KindCounterDisplay, Subscribe, wire.KindRoom, OwnRoom},
	{KindCounterDisplay, Subscribe, wire.KindDisplayConfig, Own},
}

// Filter is the topic filter a grant gives the device id at site:
// "vuoro/v1/lahti/kiosk/kiosk-1/ticket", "vuoro/v1/lahti/queue/+".
func (g Grant) Filter(site string, id Identity) string {
	t := wire.Topic{Kind: g.Topic, Site: site, ID: "+"}
	switch g.Scope {
	case Own:
		t.ID = id.Device
	case OwnRoom:
		t.ID = id.Room
	}
	return t.String()
}

// Filters returns the topic filters the device may publish to, or
// subscribe to, at site. An identity whose device or room is not a valid
// id has none: "#" as a device id would be a wildcard in its filters.
func (id Identity) Filters(site string, a Access) []string {
	var out []string
	for _, g := range Grants {
		if g.Device == id.Kind && g.Access == a && id.names(g.Scope) {
			out = append(out, g.Filter(site, id))
		}
	}
	return out
}

// names reports whether the id a grant of scope puts in its filter is a
// valid id, with no wildcard.
func (id Identity) names(scope Scope) bool {
	switch scope {
	case Own:
		return wire.ValidID(id.Device)
	case OwnRoom:
		return wire.ValidID(id.Room)
	}
	return wire.ValidID(id.Device)
}

// MayPublish reports whether a device may publish on topic at site: a
// topic one of its grants covers.
func (id Identity) MayPublish(site, topic string) bool {
	if strings.ContainsAny(topic, "+#") {
		return false
	}
	for _, f := range id.Filters(site, Publish) {
		if Matches(f, topic) {
			return true
		}
	}
	return false
}

// MaySubscribe reports whether a device may subscribe to filter at site:
// exactly a filter of its grants, or one topic such a filter covers.
func (id Identity) MaySubscribe(site, filter string) bool {
	for _, f := range id.Filters(site, Subscribe) {
		if f == filter || !strings.ContainsAny(filter, "+#") && Matches(f, filter) {
			return true
		}
	}
	return false
}

// DeviceTopic reports whether some device may publish on topic at site:
// what a device sends, never the hub's state.
func DeviceTopic(site, topic string) bool {
	for _, g := range Grants {
		if g.Access == Publish && Matches(g.Filter(site, Identity{Device: "+", Room: "+"}), topic) {
			return true
		}
	}
	return false
}

// Matches reports whether the MQTT filter covers topic ('+' one level,
// '#' the rest).
func Matches(filter, topic string) bool {
	f, t := strings.Split(filter, "/"), strings.Split(topic, "/")
	for i, p := range f {
		switch {
		case p == "#":
			return true
		case i >= len(t):
			return false
		case p != "+" && p != t[i]:
			return false
		}
	}
	return len(f) == len(t)
}
