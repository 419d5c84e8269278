package evdev

import (
	"encoding/binary"
	"testing"
)

func TestAppendDecode(t *testing.T) {
	in := []Event{{EvKey, 30, 1}, {EvSw, 2, 0}, {EvSyn, SynReport, 0}, {0xffff, 0xffff, -1}}
	var b []byte
	for _, e := range in {
		b = Append(b, e)
	}
	if len(b) != len(in)*Size {
		t.Fatalf("%d bytes, want %d", len(b), len(in)*Size)
	}
	for i, want := range in {
		if got := Decode(b[i*Size:]); got != want {
			t.Errorf("event %d = %+v, want %+v", i, got, want)
		}
	}
}

// TestDecodeKernelLayout decodes an event laid out by hand as the kernel
// lays out struct input_event on this machine.
func TestDecodeKernelLayout(t *testing.T) {
	b := make([]byte, Size)
	binary.NativeEndian.PutUint16(b[Size-8:], EvSw)
	binary.NativeEndian.PutUint16(b[Size-6:], 0x02) // SW_HEADPHONE_INSERT
	binary.NativeEndian.PutUint32(b[Size-4:], 1)
	if got, want := Decode(b), (Event{EvSw, 0x02, 1}); got != want {
		t.Fatalf("Decode = %+v, want %+v", got, want)
	}
	if Size != 24 && Size != 16 {
		t.Fatalf("Size = %d, want 24 (64-bit) or 16 (32-bit)", Size)
	}
}
