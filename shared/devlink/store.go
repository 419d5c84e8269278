package devlink

import (
	"bytes"
	"sync"

	mqtt "github.com/eclipse/paho.mqtt.golang"
	"github.com/eclipse/paho.mqtt.golang/packets"
)

// NewStore returns the paho message store of Vuoro's MQTT clients (devices
// and the hub on an external broker). It keeps each message as the bytes
// it was when paho stored it, and reads it back as a new packet.
//
// paho's own memory store keeps the packet itself, which paho's writer goes
// on mutating while, after a reconnect, paho reads it back from the store
// to send it again: a data race inside paho (paho.mqtt.golang issue #703,
// open in v1.5.1; the race detector finds it when a hub is killed under
// load). paho stores a publish before it hands it to the writer, so
// encoding it then shares nothing with the writer. At worst a message goes
// twice, which QoS 1 allows and every Vuoro receiver takes (requests are
// idempotent by their id).
func NewStore() mqtt.Store { return &byteStore{m: map[string][]byte{}} }

type byteStore struct {
	mu sync.Mutex
	m  map[string][]byte
}

func (s *byteStore) Open()  {}
func (s *byteStore) Close() {}

func (s *byteStore) Put(key string, p packets.ControlPacket) {
	var b bytes.Buffer
	if err := p.Write(&b); err != nil {
		return // never stored: the sender's own retry stands in for paho's
	}
	s.mu.Lock()
	s.m[key] = b.Bytes()
	s.mu.Unlock()
}

func (s *byteStore) Get(key string) packets.ControlPacket {
	s.mu.Lock()
	b, ok := s.m[key]
	s.mu.Unlock()
	if !ok {
		return nil
	}
	p, err := packets.ReadPacket(bytes.NewReader(b))
	if err != nil {
		return nil
	}
	return p
}

func (s *byteStore) All() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	keys := make([]string, 0, len(s.m))
	for k := range s.m {
		keys = append(keys, k)
	}
	return keys
}

func (s *byteStore) Del(key string) {
	s.mu.Lock()
	delete(s.m, key)
	s.mu.Unlock()
}

func (s *byteStore) Reset() {
	s.mu.Lock()
	s.m = map[string][]byte{}
	s.mu.Unlock()
}
