package main

import (
	"errors"
	"testing"
)

func TestParsePrinter(t *testing.T) {
	tests := []struct {
		spec    string
		want    printerSpec
		wantErr bool
		drivers bool // refused until the printer drivers land
	}{
		{spec: "virtual:/tmp/tickets", want: printerSpec{"virtual", "/tmp/tickets"}},
		{spec: "virtual:C:/x", want: printerSpec{"virtual", "C:/x"}},
		{spec: "virtual:", wantErr: true},
		{spec: "virtual", wantErr: true},
		{spec: "serial:/dev/ttyUSB0", wantErr: true, drivers: true},
		{spec: "usb:/dev/usb/lp0", wantErr: true, drivers: true},
		{spec: "tcp:192.0.2.1:9100", wantErr: true, drivers: true},
		{spec: "bluetooth:x", wantErr: true},
	}
	for _, tt := range tests {
		got, err := parsePrinter(tt.spec)
		if (err != nil) != tt.wantErr || got != tt.want {
			t.Errorf("parsePrinter(%q) = %+v, %v", tt.spec, got, err)
		}
		if errors.Is(err, errPrinterKind) != tt.drivers {
			t.Errorf("parsePrinter(%q) error %v: drivers kind = %v, want %v", tt.spec, err, !tt.drivers, tt.drivers)
		}
	}
}

func TestParsePaper(t *testing.T) {
	for _, mm := range []int{80, 58} {
		if _, err := parsePaper(mm); err != nil {
			t.Errorf("parsePaper(%d) = %v", mm, err)
		}
	}
	if _, err := parsePaper(110); err == nil {
		t.Error("parsePaper(110) accepted")
	}
}
