package hetu

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
)

func TestParseValid(t *testing.T) {
	for _, tc := range []struct {
		code  string
		birth string
	}{
		{"010280-952L", "1980-02-01"},
		{"100190-999P", "1990-01-10"},
		{"100190Y999P", "1990-01-10"},
		{"290200A999J", "2000-02-29"}, // leap day of 2000
		{"010101+900R", "1801-01-01"},
	} {
		id, err := Parse(tc.code)
		if err != nil {
			t.Errorf("Parse(%s): %v", tc.code, err)
			continue
		}
		if got := id.Birth().Format(time.DateOnly); got != tc.birth {
			t.Errorf("Parse(%s).Birth() = %s, want %s", tc.code, got, tc.birth)
		}
		if id.Code() != tc.code || !id.Temporary() {
			t.Errorf("Parse(%s): Code %q, Temporary %v", tc.code, id.Code(), id.Temporary())
		}
	}
}

func TestCenturySignsAreDifferentPeople(t *testing.T) {
	a, errA := Parse("100190-999P")
	b, errB := Parse("100190Y999P")
	if errA != nil || errB != nil {
		t.Fatal(errA, errB)
	}
	if a == b {
		t.Error("100190-999P and 100190Y999P parsed to the same ID")
	}
	if !a.Birth().Equal(b.Birth()) {
		t.Error("same birth date expected")
	}
}

func TestParseInvalid(t *testing.T) {
	for _, tc := range []struct {
		code string
		want error
	}{
		{"010280-952M", ErrCheck},
		{"100190-999X", ErrCheck},
		{"310280-952L", ErrDate}, // 31 February
		{"290201A999T", ErrDate}, // 2001 is no leap year
		{"011380-952L", ErrDate}, // month 13
		{"000180-952L", ErrDate}, // day 0
		{"010280G952L", ErrCentury},
		{"010280Z952L", ErrCentury},
		{"010280a952L", ErrCentury}, // lower case
		{"010280-952", ErrFormat},
		{"010280-952LL", ErrFormat},
		{"01028O-952L", ErrFormat},
		{"010280-9X2L", ErrFormat},
		{"010280-001L", ErrFormat},
		{"", ErrFormat},
	} {
		_, err := Parse(tc.code)
		if !errors.Is(err, tc.want) {
			t.Errorf("Parse(%q) = %v, want %v", tc.code, err, tc.want)
		}
		if err != nil && len(tc.code) > 6 && strings.Contains(err.Error(), tc.code[:6]) {
			t.Errorf("error %q quotes the code", err)
		}
		if Valid(tc.code) {
			t.Errorf("Valid(%q) = true", tc.code)
		}
	}
}

func TestPrintingMasks(t *testing.T) {
	id, err := Parse("010280-952L")
	if err != nil {
		t.Fatal(err)
	}
	for _, format := range []string{"%v", "%+v", "%#v", "%s"} {
		got := fmt.Sprintf(format, id)
		if strings.Contains(got, "952L") {
			t.Errorf("Sprintf(%q) = %q: shows the code", format, got)
		}
		if !strings.Contains(got, "010280-****") {
			t.Errorf("Sprintf(%q) = %q, want the masked code", format, got)
		}
	}
	if (ID{}).String() != "" || !(ID{}).IsZero() || id.IsZero() {
		t.Error("zero ID")
	}
}

func TestNotTemporary(t *testing.T) {
	// 131052-308T is the example of the Digital and Population Data
	// Services Agency.
	id, err := Parse("131052-308T")
	if err != nil {
		t.Fatal(err)
	}
	if id.Temporary() {
		t.Error("individual number 308 is not temporary")
	}
}
