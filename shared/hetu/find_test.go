package hetu_test

import (
	"errors"
	"testing"

	"vuoro/shared/hetu"
)

func TestFind(t *testing.T) {
	tests := []struct {
		name, scan, want string
		err              error
	}{
		{"Kela card: the code alone", "010280-952L", "010280-952L", nil},
		{"lower case and a newline", "100190y999p\r\n", "100190Y999P", nil},
		{"every century sign of 1900", "100190X999P", "100190X999P", nil},
		{"2000s", "010105A952E", "010105A952E", nil},
		{"2000s, a sign since 2023", "010105B952E", "010105B952E", nil},
		{"among fields", "FIN;V;010280-952L;2031-01-01", "010280-952L", nil},
		{"a prefixed field", "HETU:010280-952L", "010280-952L", nil},
		{"the same code twice", "010280-952L 010280-952L", "010280-952L", nil},
		{"wrong check character", "010280-952M", "", hetu.ErrCheck},
		{"no such date", "310280-952L", "", hetu.ErrDate},
		{"unknown century sign", "010280G952L", "", hetu.ErrCentury},
		{"too short", "010280-95", "", hetu.ErrNone},
		{"a product code", "6417700050589", "", hetu.ErrNone},
		{"inside a longer run of digits", "99010280-952L99", "", hetu.ErrNone},
		{"an empty scan", "", "", hetu.ErrNone},
		{"two people", "010280-952L;100190Y999P", "", hetu.ErrFormat},
		{"a broken code among fields", "X;310280-952L;Y", "", hetu.ErrDate},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			id, err := hetu.Find(tt.scan)
			if !errors.Is(err, tt.err) {
				t.Fatalf("Find = %v, want %v", err, tt.err)
			}
			if tt.want != "" && id.Code() != tt.want {
				t.Fatalf("Find = %s, want %s", id.Code(), tt.want)
			}
		})
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{"010280-952L", "X;310280-952L;Y", "100190y999p\r\n", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		id, err := hetu.Find(s)
		if err == nil && !hetu.Valid(id.Code()) {
			t.Fatalf("Find(%q) gave an invalid code", s)
		}
	})
}
