package broker

import (
	"bytes"

	mqtt "github.com/mochi-mqtt/server/v2"
	"github.com/mochi-mqtt/server/v2/packets"
)

// statsHook counts the devices' messages in and out; the hub's inline
// client is not counted.
type statsHook struct {
	mqtt.HookBase
	count *counts
}

func (h *statsHook) ID() string { return "vuoro-stats" }

func (h *statsHook) Provides(b byte) bool {
	return bytes.Contains([]byte{mqtt.OnPublished, mqtt.OnPacketSent}, []byte{b})
}

// OnPublished counts a device's message the broker took and passed on.
func (h *statsHook) OnPublished(cl *mqtt.Client, _ packets.Packet) {
	if !cl.Net.Inline {
		h.count.in.Add(1)
	}
}

// OnPacketSent counts a message written to a device.
func (h *statsHook) OnPacketSent(cl *mqtt.Client, pk packets.Packet, _ []byte) {
	if !cl.Net.Inline && pk.FixedHeader.Type == packets.Publish {
		h.count.out.Add(1)
	}
}
