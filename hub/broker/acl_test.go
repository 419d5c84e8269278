package broker_test

import (
	"strings"
	"testing"

	"vuoro/hub/broker"
	"vuoro/shared/wire"
)

func TestWhatEachKindOfDeviceMayDo(t *testing.T) {
	kiosk := broker.Identity{Device: "kiosk-1", Kind: broker.KindKiosk}
	queueDisplay := broker.Identity{Device: "qd-1", Kind: broker.KindQueueDisplay}
	counter := broker.Identity{Device: "cd-6", Kind: broker.KindCounterDisplay, Room: "6"}
	const p = "vuoro/v1/lahti/"
	for _, c := range []struct {
		id      broker.Identity
		publish bool
		topic   string
		want    bool
	}{
		{kiosk, true, p + "kiosk/kiosk-1/ticket", true},
		{kiosk, true, p + "kiosk/kiosk-1/help", true},
		{kiosk, true, p + "device/kiosk-1/status", true},
		{kiosk, true, p + "kiosk/kiosk-1/ticket/cancel", true},
		{kiosk, true, p + "kiosk/kiosk-2/ticket/cancel", false},
		{kiosk, true, p + "heartbeat", false},
		{kiosk, false, p + "heartbeat", true},
		{kiosk, true, p + "kiosk/kiosk-2/ticket", false},
		{kiosk, true, p + "device/kiosk-2/status", false},
		{kiosk, true, p + "kiosk/kiosk-1/ticket/reply", false},
		{kiosk, true, p + "kiosk/kiosk-1/help/state", false},
		{kiosk, true, p + "display", false},
		{kiosk, true, p + "catalog", false},
		{kiosk, true, p + "call", false},
		{kiosk, true, p + "room/6", false},
		{kiosk, true, p + "queue/vero", false},
		{kiosk, true, "vuoro/v1/espoo/kiosk/kiosk-1/ticket", false},
		{kiosk, false, "#", false},
		{kiosk, false, p + "#", false},
		{kiosk, false, p + "kiosk/+/ticket/reply", false},
		{kiosk, false, p + "kiosk/kiosk-2/ticket/reply", false},
		{kiosk, false, p + "kiosk/kiosk-1/ticket/reply", true},
		{kiosk, false, p + "kiosk/kiosk-1/help/state", true},
		{kiosk, false, p + "catalog", true},
		{kiosk, false, p + "queue/+", true},
		{kiosk, false, p + "kiosk/kiosk-1/ticket", false},
		{kiosk, true, p + "kiosk/kiosk-1/offline", true},
		{kiosk, true, p + "kiosk/kiosk-2/offline", false},
		{kiosk, true, p + "kiosk/kiosk-1/offline/ack", false},
		{kiosk, true, p + "kiosk/kiosk-1/blocks", false},
		{kiosk, false, p + "kiosk/kiosk-1/blocks", true},
		{kiosk, false, p + "kiosk/kiosk-1/offline/ack", true},
		{kiosk, false, p + "kiosk/kiosk-2/blocks", false},
		{kiosk, false, p + "kiosk/kiosk-2/offline/ack", false},
		{kiosk, false, p + "kiosk/kiosk-2/offline", false},
		{kiosk, true, p + "kiosk/kiosk-1/checkin", true},
		{kiosk, true, p + "kiosk/kiosk-2/checkin", false},
		{kiosk, true, p + "kiosk/kiosk-1/checkin/reply", false},
		{kiosk, false, p + "kiosk/kiosk-1/checkin/reply", true},
		{kiosk, false, p + "kiosk/kiosk-2/checkin/reply", false},
		{kiosk, false, p + "kiosk/kiosk-1/checkin", false},
		{queueDisplay, true, p + "kiosk/qd-1/checkin", false},
		{queueDisplay, true, p + "kiosk/qd-1/offline", false},
		{queueDisplay, true, p + "kiosk/qd-1/ticket", false},
		{queueDisplay, true, p + "device/qd-1/status", true},
		{queueDisplay, false, p + "display", true},
		{queueDisplay, false, p + "call", true},
		{queueDisplay, false, p + "room/6", false},
		{queueDisplay, false, p + "display/+", true},
		{queueDisplay, false, p + "display/aula", true},
		{queueDisplay, true, p + "display/aula", false},
		{queueDisplay, false, p + "device/qd-1/config", true},
		{queueDisplay, false, p + "device/qd-2/config", false},
		{queueDisplay, false, p + "device/+/config", false},
		{counter, false, p + "display/aula", false},
		{queueDisplay, false, p + "kiosk/kiosk-1/ticket", false},
		{queueDisplay, true, p + "heartbeat", false},
		{queueDisplay, false, p + "heartbeat", true},
		{queueDisplay, true, p + "kiosk/qd-1/ticket/cancel", false},
		{counter, false, p + "heartbeat", true},
		{counter, true, p + "heartbeat", false},
		{counter, false, "vuoro/v1/espoo/heartbeat", false},
		{counter, false, p + "room/6", true},
		{counter, false, p + "room/7", false},
		{counter, false, p + "room/+", false},
		{counter, true, p + "room/6", false},
	} {
		var got bool
		if c.publish {
			got = c.id.MayPublish("lahti", c.topic)
		} else {
			got = c.id.MaySubscribe("lahti", c.topic)
		}
		if got != c.want {
			t.Errorf("%s %s (publish %v): %v, want %v", c.id.Device, c.topic, c.publish, got, c.want)
		}
	}
}

// TestDeviceTopicsAreWhatDevicesPublish: the topics a device may publish
// are device topics, whoever's they are; the hub's are not, nor another
// site's.
func TestDeviceTopicsAreWhatDevicesPublish(t *testing.T) {
	const p = "vuoro/v1/lahti/"
	for topic, want := range map[string]bool{
		p + "device/kiosk-7/status": true, p + "kiosk/kiosk-7/ticket": true, p + "kiosk/kiosk-7/help": true,
		p + "device/+/status": true, p + "kiosk/kiosk-7/ticket/reply": false, p + "kiosk/kiosk-7/help/state": false,
		p + "catalog": false, p + "display": false, p + "room/6": false, p + "queue/vero": false,
		"vuoro/v1/espoo/device/kiosk-7/status": false,
	} {
		if got := broker.DeviceTopic("lahti", topic); got != want {
			t.Errorf("DeviceTopic(%s) = %v, want %v", topic, got, want)
		}
	}
}

// TestEveryGrantIsATopicOfItsSite: each row of the table names a topic of
// the site that parses back to its kind, so the embedded broker and
// Mosquitto read the same rules.
func TestEveryGrantIsATopicOfItsSite(t *testing.T) {
	id := broker.Identity{Device: "d-1", Room: "6"}
	for _, g := range broker.Grants {
		f := g.Filter("lahti", id)
		if strings.HasSuffix(f, "/+") {
			f = strings.TrimSuffix(f, "+") + "x" // "queue/+": a filter; its topics parse
		}
		if got, err := wire.ParseTopic(f); err != nil || got.Kind != g.Topic || got.Site != "lahti" {
			t.Errorf("grant %+v gives %q: %+v %v", g, f, got, err)
		}
	}
}
