package barcode

import (
	"strings"
	"testing"
)

func TestClassify(t *testing.T) {
	for _, tc := range []struct {
		code string
		want Kind
	}{
		{"010280-952L", PersonalID},
		{"100190-999P", PersonalID},
		{"100190Y999P", PersonalID},
		{"010280-952M", Unknown}, // bad check character
		{"310280-952L", Unknown}, // no such date
		{"010280G952L", Unknown}, // no such century sign
		{" 010280-952L", Unknown},
		{"VUORO-1", Appointment},
		{"VUORO-00012345678901234567", Appointment},
		{"VUORO-123456789012345678901", Unknown},
		{"VUORO-", Unknown},
		{"VUORO-12A", Unknown},
		{"vuoro-12", Unknown},
		{"", Unknown},
		{"https://example.fi/x", Unknown},
	} {
		if got := Classify(tc.code); got != tc.want {
			t.Errorf("Classify(%q) = %v, want %v", tc.code, got, tc.want)
		}
	}
}

func TestKindString(t *testing.T) {
	for k, want := range map[Kind]string{Unknown: "unknown", PersonalID: "personal identity code", Appointment: "appointment reference", 9: "unknown"} {
		if got := k.String(); got != want || strings.Contains(got, "%") {
			t.Errorf("Kind(%d).String() = %q, want %q", int(k), got, want)
		}
	}
}
