package announce_test

import (
	"testing"

	"vuoro/display/announce"
)

func TestText(t *testing.T) {
	tests := []struct{ lang, id, room, want string }{
		{"fi", "R19", "6", "Numero är 19, huone 6."},
		{"sv", "R19", "6", "Nummer ärr 19, rum 6."},
		{"en", "R19", "6", "Number ar 19, room 6."},
		{"en", "A22", "6", "Number eh 22, room 6."}, // not the article "a"
		{"sv", "G7", "12", "Nummer gé 7, rum 12."},  // not the verb "ge"
		{"fi", "W100", "1001", "Numero kaksoisvee 100, huone 1001."},
		{"fi", "R19", "aspa-1", "Numero är 19, huone aspa 1."},
		{"en", "B5", "a12", "Number bee 5, room eh 12."},
		{"sv", "Z3", "kassa_b", "Nummer säta 3, rum kassa be."},
	}
	for _, tt := range tests {
		got, err := announce.Text(tt.lang, tt.id, tt.room)
		if err != nil || got != tt.want {
			t.Errorf("Text(%s, %s, %s) = %q, %v; want %q", tt.lang, tt.id, tt.room, got, err, tt.want)
		}
	}
	for _, bad := range [][3]string{{"de", "R19", "6"}, {"fi", "", "6"}, {"fi", "R19", "--"}} {
		if got, err := announce.Text(bad[0], bad[1], bad[2]); err == nil {
			t.Errorf("Text(%q) = %q, want an error", bad, got)
		}
	}
}
