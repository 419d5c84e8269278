package devlink

import (
	mqtt "github.com/eclipse/paho.mqtt.golang"
	"github.com/eclipse/paho.mqtt.golang/packets"
)

// NewStore returns the paho message store of Vuoro's MQTT clients (devices
// and the hub on an external broker): paho's memory store, except that a
// publish read back from it is a copy. After a reconnect paho resends what
// its store holds and marks each publish a duplicate as it does, while the
// new connection's writer may be writing that same packet: a data race in
// paho itself (paho.mqtt.golang issue #703, open in v1.5.1; the race
// detector finds it when a hub is killed under load). On a copy the mark
// touches nothing the writer reads; at worst a message goes twice, which
// QoS 1 allows and every Vuoro receiver takes (requests are idempotent by
// their id).
func NewStore() mqtt.Store { return copyStore{mqtt.NewMemoryStore()} }

type copyStore struct{ *mqtt.MemoryStore }

func (s copyStore) Get(key string) packets.ControlPacket {
	m := s.MemoryStore.Get(key)
	if p, ok := m.(*packets.PublishPacket); ok {
		c := *p
		return &c
	}
	return m
}
