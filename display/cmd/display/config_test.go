package main

import (
	"io"
	"testing"
)

func TestParseFlags(t *testing.T) {
	tests := []struct {
		args []string
		ok   bool
		kind string
	}{
		{[]string{"-device", "aula-1"}, true, "queue-display"},
		{[]string{"-device", "p6", "-mode", "counter", "-room", "6", "-fullscreen"}, true, "counter-display"},
		{[]string{"-device", "p6", "-mode", "counter"}, false, ""},
		{[]string{"-device", "p6", "-mode", "counter", "-room", "Huone 6"}, false, ""},
		{[]string{"-device", "aula-1", "-room", "6"}, false, ""},
		{[]string{"-device", "aula-1", "-mode", "kiosk"}, false, ""},
		{[]string{"-device", "aula-1", "-site", "Lahti"}, false, ""},
		{[]string{"-device", ""}, false, ""},
		{[]string{"-device", "aula-1", "-nosuchflag"}, false, ""},
		{[]string{"-device", "aula-1", "-sound-out", "off"}, true, "queue-display"},
		{[]string{"-device", "aula-1", "-sound-out", ""}, false, ""},
		{[]string{"-device", "p6", "-mode", "counter", "-room", "6", "-call-light", "GPIO27", "-call-light-blink"}, true, "counter-display"},
		{[]string{"-device", "aula-1", "-call-light", "GPIO27"}, false, ""},
	}
	for _, tt := range tests {
		c, err := parseFlags(tt.args, io.Discard)
		if (err == nil) != tt.ok || tt.ok && c.kind() != tt.kind {
			t.Errorf("parseFlags(%q) = %+v, %v; want ok %v, kind %q", tt.args, c, err, tt.ok, tt.kind)
		}
	}
}

func TestDeviceID(t *testing.T) {
	for host, want := range map[string]string{
		"aula-1":            "aula-1",
		"Aula-Näyttö.local": "aula-n-ytt--local",
		"rpi_queue":         "rpi_queue",
		"a-very-long-host-name-that-goes-on-and-on.example.fi": "a-very-long-host-name-that-goes-on-and-o",
	} {
		if got := deviceID(host); got != want {
			t.Errorf("deviceID(%q) = %q, want %q", host, got, want)
		}
	}
}
