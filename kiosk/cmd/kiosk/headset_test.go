package main

import (
	"bytes"
	"errors"
	"io"
	"log/slog"
	"os"
	"slices"
	"strings"
	"testing"

	"vuoro/drivers/jack"
)

// headsets records what the jack told the kiosk.
type headsets []bool

func (h *headsets) Headset(p bool) { *h = append(*h, p) }

func TestHeadsetFlag(t *testing.T) {
	found := func() (jack.Device, error) {
		return jack.Device{Path: "/dev/input/event11", Name: "HDA Intel PCH Headphone"}, nil
	}
	none := func() (jack.Device, error) { return jack.Device{}, jack.ErrNoJack }
	tests := []struct {
		headset, speech string
		find            func() (jack.Device, error)
		want, logged    string
	}{
		{"auto", "keys", found, "/dev/input/event11", "headset jack found"},
		{"auto", "keys", none, "", "no headset jack"},
		{"off", "keys", found, "", ""},
		{"/dev/input/event4", "on", none, "/dev/input/event4", ""},
		{"auto", "off", found, "", "speech is off"},
	}
	for _, tt := range tests {
		var out bytes.Buffer
		log := slog.New(slog.NewTextHandler(&out, nil))
		got := headsetJack(config{headset: tt.headset, speech: tt.speech}, tt.find, log)
		if got != tt.want || !strings.Contains(out.String(), tt.logged) || (tt.logged == "") != (out.Len() == 0) {
			t.Errorf("-headset %s -speech %s = %q, logged %q; want %q, logging %q", tt.headset, tt.speech, got, out.String(), tt.want, tt.logged)
		}
	}
}

// TestHeadsetGoneIsUnplugged: a jack whose events end (a USB sound card
// pulled out) with a headset in it leaves the kiosk unplugged.
func TestHeadsetGoneIsUnplugged(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	w.Close()
	var got headsets
	err = follow(jack.New(r, true), &got, slog.New(slog.DiscardHandler))
	if !errors.Is(err, io.EOF) || !slices.Equal(got, headsets{true, false}) {
		t.Fatalf("follow told %v and ended %v; want [true false] and EOF", got, err)
	}
}
