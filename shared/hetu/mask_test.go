package hetu

import (
	"strings"
	"testing"
)

func TestMaskText(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"soita 010280-952L huomenna", "soita 010280-**** huomenna"},
		{"asiakas010280-952Lsoitti", "asiakas010280-****soitti"},
		{"010280-952l", "010280-****"},             // lower-case check character
		{"hetu 100190y999p.", "hetu 100190Y****."}, // lower-case century sign
		{"100190-999P ja 100190Y999P", "100190-**** ja 100190Y****"},
		{"010101+900R", "010101+****"},
		{"290200A999J,290200A999J", "290200A****,290200A****"},
		{"12010280-952L34", "12010280-****34"}, // run together with digits
		{"Matti Meikäläinen 010280-952L ä", "Matti Meikäläinen 010280-**** ä"},
		// Near misses stay as they are.
		{"010280-952M", "010280-952M"}, // wrong check character
		{"310280-952L", "310280-952L"}, // 31 February
		{"290201A999T", "290201A999T"}, // 2001 is no leap year
		{"011380-952L", "011380-952L"}, // month 13
		{"010280G952L", "010280G952L"}, // no such century sign
		{"010280-001L", "010280-001L"}, // individual number 001
		{"010280-952", "010280-952"},   // too short
		{"puh. 040 1234567", "puh. 040 1234567"},
		{"0102809952L", "0102809952L"},
		{"010280‐952L", "010280‐952L"}, // a Unicode hyphen is no century sign
	} {
		if got := MaskText(tc.in); got != tc.want {
			t.Errorf("MaskText(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestMaskTextEveryCenturySign(t *testing.T) {
	for _, sign := range "+-YXWVUABCDEF" {
		code, valid := "010203"+string(sign)+"999", 0
		for _, q := range checkChars {
			if !Valid(code + string(q)) {
				continue
			}
			valid++
			for _, in := range []string{code + string(q), strings.ToLower(code + string(q))} {
				got := MaskText("x" + in + "y")
				if want := "x" + strings.ToUpper(in[:7]) + "****y"; got != want {
					t.Errorf("MaskText(x%sy) = %q, want %q", in, got, want)
				}
			}
		}
		if valid != 1 {
			t.Errorf("century sign %c: %d valid check characters, want 1", sign, valid)
		}
	}
}

func FuzzMaskText(f *testing.F) {
	for _, s := range []string{"asiakas010280-952Lsoitti", "010280-952l", "100190Y999P100190-999P", "010280-952M", "ä010101+900R"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := MaskText(s)
		for i := 0; i+11 <= len(out); i++ {
			if Valid(strings.ToUpper(out[i : i+11])) {
				t.Fatalf("MaskText(%q) = %q leaves a valid code at %d", s, out, i)
			}
		}
		if again := MaskText(out); again != out {
			t.Fatalf("MaskText is not stable: %q then %q", out, again)
		}
		if strings.Count(out, "****") < strings.Count(s, "****") {
			t.Fatalf("MaskText(%q) = %q lost text", s, out)
		}
	})
}
