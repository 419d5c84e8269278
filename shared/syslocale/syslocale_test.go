package syslocale

import (
	"os"
	"testing"
)

func TestTidy(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"C.UTF-8", "C"}, {"C.utf8", "C"}, {"POSIX", "C"}, {"C", "C"}, {"POSIX@euro", "C"},
		{"fi_FI.UTF-8", "fi_FI.UTF-8"}, {"sv_FI", "sv_FI"}, {"", ""},
	} {
		t.Setenv("LANG", c.in)
		t.Setenv("LC_ALL", c.in)
		Tidy()
		if got := os.Getenv("LANG"); got != c.want {
			t.Errorf("LANG=%q: %q, want %q", c.in, got, c.want)
		}
		if got := os.Getenv("LC_ALL"); got != c.want {
			t.Errorf("LC_ALL=%q: %q, want %q", c.in, got, c.want)
		}
	}
}
