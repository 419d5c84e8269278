package broker_test

import (
	"testing"

	"vuoro/hub/broker"
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
		{queueDisplay, true, p + "kiosk/qd-1/ticket", false},
		{queueDisplay, true, p + "device/qd-1/status", true},
		{queueDisplay, false, p + "display", true},
		{queueDisplay, false, p + "call", true},
		{queueDisplay, false, p + "room/6", false},
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
