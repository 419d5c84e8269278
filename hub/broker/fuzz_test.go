package broker_test

import (
	"strings"
	"testing"

	"vuoro/hub/broker"
)

// The ACL never lets a device publish outside its own topics, nor
// subscribe with a wildcard other than a kiosk's queue/+, whatever the
// strings.
func FuzzIdentityACL(f *testing.F) {
	f.Add("kiosk-1", "kiosk", "", "vuoro/v1/lahti/kiosk/kiosk-1/ticket")
	f.Add("cd-6", "counter-display", "6", "vuoro/v1/lahti/room/6")
	f.Add("kiosk-1", "kiosk", "", "#")
	f.Add("+", "kiosk", "", "vuoro/v1/lahti/kiosk/+/ticket")
	f.Add("k", "queue-display", "", "vuoro/v1/lahti/display/../catalog")
	f.Fuzz(func(t *testing.T, device, kind, room, topic string) {
		id := broker.Identity{Device: device, Kind: kind, Room: room}
		if id.MayPublish("lahti", topic) {
			if strings.ContainsAny(topic, "+#") || !strings.HasPrefix(topic, "vuoro/v1/lahti/") || !strings.Contains(topic, "/"+device+"/") {
				t.Fatalf("%+v may publish %q", id, topic)
			}
		}
		if id.MaySubscribe("lahti", topic) {
			if strings.Contains(topic, "#") || strings.Contains(topic, "+") && topic != "vuoro/v1/lahti/queue/+" {
				t.Fatalf("%+v may subscribe to %q", id, topic)
			}
			if !strings.HasPrefix(topic, "vuoro/v1/lahti/") {
				t.Fatalf("%+v may subscribe to another site's %q", id, topic)
			}
		}
	})
}
