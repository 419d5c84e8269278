package wire_test

import (
	"errors"
	"strings"
	"testing"

	"vuoro/shared/wire"
)

func TestCheckinRequestValidate(t *testing.T) {
	mac := strings.Repeat("ab", 32)
	tests := []struct {
		name string
		r    wire.CheckinRequest
		ok   bool
	}{
		{"by code", wire.CheckinRequest{Device: "k", Lang: "fi", HetuMAC: mac}, true},
		{"by name and time", wire.CheckinRequest{Device: "k", Lang: "en", Name: "Åsa Öberg", Time: "09:05"}, true},
		{"no device", wire.CheckinRequest{Lang: "fi", HetuMAC: mac}, false},
		{"unknown language", wire.CheckinRequest{Device: "k", Lang: "de", HetuMAC: mac}, false},
		{"nothing to match", wire.CheckinRequest{Device: "k", Lang: "fi"}, false},
		{"code and name", wire.CheckinRequest{Device: "k", Lang: "fi", HetuMAC: mac, Name: "A B", Time: "10:00"}, false},
		{"short mac", wire.CheckinRequest{Device: "k", Lang: "fi", HetuMAC: "abc"}, false},
		{"a code in clear is no mac", wire.CheckinRequest{Device: "k", Lang: "fi", HetuMAC: "010280-952L" + strings.Repeat("0", 53)}, false},
		{"upper-case mac", wire.CheckinRequest{Device: "k", Lang: "fi", HetuMAC: strings.ToUpper(mac)}, false},
		{"name without time", wire.CheckinRequest{Device: "k", Lang: "fi", Name: "A B"}, false},
		{"time out of range", wire.CheckinRequest{Device: "k", Lang: "fi", Name: "A B", Time: "25:00"}, false},
		{"time without zero", wire.CheckinRequest{Device: "k", Lang: "fi", Name: "A B", Time: "9:05"}, false},
		{"long name", wire.CheckinRequest{Device: "k", Lang: "fi", Name: strings.Repeat("ä", wire.MaxCheckinName+1), Time: "09:05"}, false},
		{"bad agency", wire.CheckinRequest{Device: "k", Lang: "fi", Agency: "Vero/#", HetuMAC: mac}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.r.Validate()
			if tt.ok != (err == nil) || err != nil && !errors.Is(err, wire.ErrInvalid) {
				t.Fatalf("Validate = %v, want ok %v", err, tt.ok)
			}
		})
	}
}

func TestCheckinReplyNeedsOneOutcome(t *testing.T) {
	c := &wire.Checkin{Ticket: wire.Ticket{CallID: "R1"}, FirstName: "Matti"}
	for name, r := range map[string]*wire.CheckinReply{
		"both":    {Header: head("x"), RequestID: "r", Checkin: c, Error: &wire.Error{Code: wire.ErrCodeNoMatch}},
		"neither": {Header: head("x"), RequestID: "r"},
		"no call": {Header: head("x"), RequestID: "r", Checkin: &wire.Checkin{FirstName: "Matti"}},
	} {
		if _, err := wire.Encode(r); !errors.Is(err, wire.ErrInvalid) {
			t.Errorf("%s: encoded: %v", name, err)
		}
	}
}
