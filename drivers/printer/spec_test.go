package printer_test

import (
	"testing"

	"vuoro/drivers/printer"
)

func TestParseSpec(t *testing.T) {
	tests := []struct {
		in   string
		want printer.Spec
		str  string
	}{
		{"serial:/dev/ttyUSB0", printer.Spec{Kind: printer.Serial, Path: "/dev/ttyUSB0", Baud: 38400}, "serial:/dev/ttyUSB0@38400"},
		{"serial:/dev/ttyS0@9600", printer.Spec{Kind: printer.Serial, Path: "/dev/ttyS0", Baud: 9600}, "serial:/dev/ttyS0@9600"},
		{"usb:/dev/usb/lp0", printer.Spec{Kind: printer.USB, Path: "/dev/usb/lp0"}, "usb:/dev/usb/lp0"},
		{"tcp:192.0.2.10:9100", printer.Spec{Kind: printer.TCP, Addr: "192.0.2.10:9100"}, "tcp:192.0.2.10:9100"},
		{"tcp:printer.local", printer.Spec{Kind: printer.TCP, Addr: "printer.local:9100"}, "tcp:printer.local:9100"},
		{"tcp:[::1]:9101", printer.Spec{Kind: printer.TCP, Addr: "[::1]:9101"}, "tcp:[::1]:9101"},
		{"tcp:::1", printer.Spec{Kind: printer.TCP, Addr: "[::1]:9100"}, "tcp:[::1]:9100"},
		{"virtual:/tmp/tickets", printer.Spec{Kind: printer.Virtual, Path: "/tmp/tickets"}, "virtual:/tmp/tickets"},
		{"virtual:C:/x", printer.Spec{Kind: printer.Virtual, Path: "C:/x"}, "virtual:C:/x"},
	}
	for _, tt := range tests {
		got, err := printer.ParseSpec(tt.in)
		if err != nil || got != tt.want || got.String() != tt.str {
			t.Errorf("ParseSpec(%q) = %+v (%v), %v; want %+v (%s)", tt.in, got, got, err, tt.want, tt.str)
		}
		if again, err := printer.ParseSpec(got.String()); err != nil || again != got {
			t.Errorf("ParseSpec(%q) = %+v, %v", got, again, err)
		}
	}
}

func TestParseSpecErrors(t *testing.T) {
	for _, in := range []string{
		"", "serial", "serial:", "serial:@9600", "serial:/dev/ttyS0@", "serial:/dev/ttyS0@fast", "serial:/dev/ttyS0@-1",
		"usb:", "tcp:", "tcp::9100", "tcp:host:", "tcp:host:0", "tcp:host:65536", "tcp:host:http", "bluetooth:x", "virtual",
	} {
		if got, err := printer.ParseSpec(in); err == nil {
			t.Errorf("ParseSpec(%q) = %+v, want an error", in, got)
		}
	}
}

func TestOpenRefuses(t *testing.T) {
	for _, s := range []printer.Spec{{Kind: printer.Virtual, Path: "x"}, {Kind: printer.Serial, Path: "/dev/x"}, {Kind: "lpt", Path: "x"}, {}} {
		if _, err := printer.Open(s, nil); err == nil {
			t.Errorf("Open(%+v) accepted", s)
		}
	}
}
