package sitefile_test

import (
	"errors"
	"strconv"
	"strings"
	"testing"

	"vuoro/hub/sitefile"
)

func TestParseErrors(t *testing.T) {
	base := exampleText(t)
	line := func(s string) string { // the line number of s in the example
		return "site.toml:" + itoa(strings.Count(base[:strings.Index(base, s)], "\n")+1)
	}
	tests := []struct {
		name string
		edit func(string) string
		want error
		says []string
	}{
		{"not TOML", func(s string) string { return strings.Replace(s, `letter = "R"`, `letter = "R`, 1) },
			sitefile.ErrSyntax, []string{line(`letter = "R"`)}},
		{"two letters", func(s string) string { return strings.Replace(s, `letter = "R"`, `letter = "RR"`, 1) },
			sitefile.ErrSyntax, []string{line(`letter = "R"`), "services.vero-veroasiat.letter", `"RR" is not one capital letter`}},
		{"hours without minutes", func(s string) string { return strings.Replace(s, `"fri 08:00-14:00"`, `"fri 8-14"`, 1) },
			sitefile.ErrSyntax, []string{line(`"fri 08:00-14:00"`), "services.kela-asiointi.hours", "08:00-11:30"}},
		{"a weekday misspelt", func(s string) string { return strings.Replace(s, `"mon-thu 08:00-16:15"`, `"mon-tor 08:00-16:15"`, 1) },
			sitefile.ErrSyntax, []string{line(`"mon-thu 08:00-16:15"`), "mon-fri"}},
		{"an unknown time zone", func(s string) string { return strings.Replace(s, "Europe/Helsinki", "Europe/Lahti", 1) },
			sitefile.ErrSyntax, []string{line("Europe/Helsinki"), "site.time_zone"}},
		{"an unknown late policy", func(s string) string {
			return strings.Replace(s, `late_policy = "walk-in"`, `late_policy = "later"`, 1)
		},
			sitefile.ErrInvalid, []string{`services.vero-veroasiat.checkin.late_policy: "later"`, "walk-in"}},
		{"a typo in a key", func(s string) string { return strings.Replace(s, `letter = "R"`, `leter = "R"`, 1) },
			sitefile.ErrInvalid, []string{"unknown key services.vero-veroasiat.leter"}},
		{"an unknown agency", func(s string) string { return strings.Replace(s, `agency = "kela"`, `agency = "fpa"`, 1) },
			sitefile.ErrInvalid, []string{`services.kela-asiointi.agency: "fpa" is not one of the [agencies.…]`}},
		{"a room of an unknown agency", func(s string) string {
			return strings.Replace(s, `agencies = ["kela"]`, `agencies = ["kela", "fpa"]`, 1)
		},
			sitefile.ErrInvalid, []string{`rooms.2.agencies: "fpa" is not one of the [agencies.…]`}},
		{"a room in an unknown waiting area", func(s string) string { return s + "\n[rooms.9]\nname = \"Aspa 9\"\nwaiting_area = \"kellari\"\n" },
			sitefile.ErrInvalid, []string{`rooms.9.waiting_area: "kellari" is not one of the [site.waiting_rooms.…]`}},
		{"a letter twice", func(s string) string { return strings.Replace(s, `letter = "V"`, `letter = "R"`, 1) },
			sitefile.ErrInvalid, []string{"services.vero-verokortit.letter: R is already the letter of services.vero-veroasiat"}},
		{"no Finnish name", func(s string) string { return strings.Replace(s, `names = { fi = "Verohallinto", `, `names = { `, 1) },
			sitefile.ErrInvalid, []string{"agencies.vero.names: missing the Finnish name"}},
		{"a room id not fit for a topic", func(s string) string { return s + "\n[rooms.\"Aspa 9\"]\nname = \"Aspa 9\"\n" },
			sitefile.ErrInvalid, []string{`rooms.Aspa 9: the id "Aspa 9"`}},
		{"no waiting room", func(s string) string {
			return without(without(s, "[site.waiting_rooms.aula]"), "[site.waiting_rooms.aula-2]")
		},
			sitefile.ErrInvalid, []string{"site.waiting_rooms: missing"}},
	}
	for _, tt := range tests {
		_, err := sitefile.Parse("site.toml", []byte(tt.edit(base)))
		if !errors.Is(err, tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, err, tt.want)
			continue
		}
		for _, s := range tt.says {
			if !strings.Contains(err.Error(), s) {
				t.Errorf("%s: %v\ndoes not say %q", tt.name, err, s)
			}
		}
	}
}

func itoa(n int) string { return strconv.Itoa(n) }
