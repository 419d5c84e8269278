package wire_test

import (
	"errors"
	"strings"
	"testing"

	"vuoro/shared/wire"
)

func TestDeviceStatusHealthRejects(t *testing.T) {
	const head = `{"v":1,"id":"m","device":"kiosk-1","kind":"kiosk","online":true,`
	tests := []struct{ name, payload string }{
		{"unknown printer state", head + `"printer":"on-fire"}`},
		{"negative uptime", head + `"uptime_s":-5}`},
		{"long version", head + `"version":"` + strings.Repeat("1", 41) + `"}`},
		{"long error", head + `"last_error":"` + strings.Repeat("e", 201) + `"}`},
		{"control characters", head + `"last_error":"paper\nout"}`},
		{"identity code in error", head + `"last_error":"card 010280-952L not read"}`},
		{"identity code in detail", head + `"detail":"read 010280A952L"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := wire.Decode[wire.DeviceStatus]([]byte(tt.payload)); !errors.Is(err, wire.ErrInvalid) {
				t.Fatalf("Decode = %v, want ErrInvalid", err)
			}
		})
	}
}

func TestDeviceStatusWithoutHealthDecodes(t *testing.T) {
	d, err := wire.Decode[wire.DeviceStatus]([]byte(`{"v":1,"id":"m","device":"display-1","kind":"queue-display","online":false}`))
	if err != nil {
		t.Fatal(err)
	}
	if d.Printer != "" || d.Reader != nil || d.Printer.Prints() {
		t.Fatalf("a status without health fields decoded as %+v", d.Health)
	}
}
