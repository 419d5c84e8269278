// Package evdev decodes Linux input events (struct input_event, from
// <linux/input.h>) for the drivers that read input devices: a barcode
// reader in keyboard mode (drivers/barcode) and a headphone jack
// (drivers/jack).
package evdev

import (
	"encoding/binary"
	"strconv"
)

// A struct input_event is a struct timeval (two C longs) then type, code
// (uint16) and value (int32), in the machine's byte order: 24 bytes on
// 64-bit boards, 16 on 32-bit.
const (
	timevalSize = 2 * strconv.IntSize / 8
	Size        = timevalSize + 8 // the bytes of one event
)

// Event types and the EV_SYN codes the drivers use, from
// <linux/input-event-codes.h>.
const (
	EvSyn = 0x00 // a report ends: the events before it belong together
	EvKey = 0x01 // a key pressed (1), released (0) or repeated (2)
	EvSw  = 0x05 // a switch changed: 1 on, 0 off

	SynReport  = 0x00 // EV_SYN code: the end of one report
	SynDropped = 0x03 // EV_SYN code: the kernel's buffer overran; events were lost
)

// Event is one input event without its timestamp: the drivers stamp what
// they report with their own clocks.
type Event struct {
	Type, Code uint16
	Value      int32
}

// Decode decodes the first Size bytes of b.
func Decode(b []byte) Event {
	b = b[timevalSize:Size]
	return Event{
		Type:  binary.NativeEndian.Uint16(b),
		Code:  binary.NativeEndian.Uint16(b[2:]),
		Value: int32(binary.NativeEndian.Uint32(b[4:])),
	}
}

// Append appends e to b as the kernel sends it, with a fixed timestamp
// (which Decode does not read): recorded input for tests and fuzzing.
func Append(b []byte, e Event) []byte {
	ev := make([]byte, Size)
	binary.NativeEndian.PutUint32(ev, 1700000000)
	binary.NativeEndian.PutUint16(ev[timevalSize:], e.Type)
	binary.NativeEndian.PutUint16(ev[timevalSize+2:], e.Code)
	binary.NativeEndian.PutUint32(ev[timevalSize+4:], uint32(e.Value))
	return append(b, ev...)
}
