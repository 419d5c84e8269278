package devlink_test

import (
	"testing"

	"github.com/eclipse/paho.mqtt.golang/packets"

	"vuoro/shared/devlink"
)

// The store hands back a publish as it was stored, as a packet of its own:
// what paho's writer does to the stored one later cannot reach it.
func TestStoreKeepsAPublishAsItWas(t *testing.T) {
	s := devlink.NewStore()
	p := packets.NewControlPacket(packets.Publish).(*packets.PublishPacket)
	p.Qos, p.MessageID, p.TopicName, p.Payload = 1, 7, "vuoro/v1/lahti/kiosk/k1/ticket", []byte(`{"v":1}`)
	s.Put("o.7", p)
	p.Payload[0], p.TopicName = 'X', "changed" // the writer's later doings
	got, ok := s.Get("o.7").(*packets.PublishPacket)
	if !ok || got == p || got.TopicName != "vuoro/v1/lahti/kiosk/k1/ticket" || string(got.Payload) != `{"v":1}` || got.MessageID != 7 {
		t.Fatalf("read back %+v", got)
	}
	if keys := s.All(); len(keys) != 1 || keys[0] != "o.7" {
		t.Fatalf("keys %v", keys)
	}
	s.Del("o.7")
	if s.Get("o.7") != nil || len(s.All()) != 0 {
		t.Fatal("a deleted message is still there")
	}
}
