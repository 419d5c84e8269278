package checkin_test

import (
	"errors"
	"testing"
	"time"

	"vuoro/hub/checkin"
	"vuoro/shared/hetu"
)

var (
	helsinki, _ = time.LoadLocation("Europe/Helsinki")
	day         = time.Date(2026, 11, 23, 9, 0, 0, 0, helsinki)
	key         = []byte("lahti check-in key")
)

func at(hhmm string) time.Time {
	t, _ := time.ParseInLocation("2006-01-02 15:04", "2026-11-23 "+hhmm, helsinki)
	return t
}

var apps = []checkin.Appointment{
	{ID: 1, Agency: "vero", At: at("13:00"), Name: "Matti Juhani Virtanen", HETU: "010280-952L"},
	{ID: 2, Agency: "vero", At: at("13:30"), Name: "Åsa Öberg"},
	{ID: 3, Agency: "kela", At: at("10:00"), Name: "Anna-Liisa Mäkinen", HETU: "100190Y999P"},
	{ID: 4, Agency: "vero", At: at("14:00"), Name: "Anna Korhonen"},
	{ID: 5, Agency: "kela", At: at("14:10"), Name: "Anna Korhonen"},
	{ID: 6, Agency: "maanmittaus", At: at("11:00"), Name: "Pekka Laine", HETU: "010280-952L"},
}

func TestMatch(t *testing.T) {
	tests := []struct {
		name string
		q    checkin.Query
		want uint64
		err  error
	}{
		{"code", checkin.Query{HetuMAC: hetu.MAC(key, "100190Y999P")}, 3, nil},
		{"code of another century sign is another person", checkin.Query{HetuMAC: hetu.MAC(key, "100190-999P")}, 0, checkin.ErrNoMatch},
		{"code under another site's key", checkin.Query{HetuMAC: hetu.MAC([]byte("other"), "100190Y999P")}, 0, checkin.ErrNoMatch},
		{"code with two appointments", checkin.Query{HetuMAC: hetu.MAC(key, "010280-952L")}, 0, checkin.ErrAmbiguous},
		{"code with two appointments, agency chosen", checkin.Query{Agency: "vero", HetuMAC: hetu.MAC(key, "010280-952L")}, 1, nil},
		{"name exact", checkin.Query{Name: "Åsa Öberg", Time: "13:30"}, 2, nil},
		{"name without accents, lower case", checkin.Query{Name: "asa oberg", Time: "13:30"}, 2, nil},
		{"surname first", checkin.Query{Name: "ÖBERG Åsa", Time: "13:30"}, 2, nil},
		{"middle name left out", checkin.Query{Name: "Matti Virtanen", Time: "13:00"}, 1, nil},
		{"hyphen as a space", checkin.Query{Name: "Anna Liisa Makinen", Time: "10:00"}, 3, nil},
		{"15 min early", checkin.Query{Name: "Åsa Öberg", Time: "13:15"}, 2, nil},
		{"15 min late", checkin.Query{Name: "Åsa Öberg", Time: "13:45"}, 2, nil},
		{"16 min off", checkin.Query{Name: "Åsa Öberg", Time: "13:46"}, 0, checkin.ErrNoMatch},
		{"first name alone", checkin.Query{Name: "Matti", Time: "13:00"}, 0, checkin.ErrNoMatch},
		{"another surname", checkin.Query{Name: "Matti Virta", Time: "13:00"}, 0, checkin.ErrNoMatch},
		{"name of the same time, two agencies", checkin.Query{Name: "anna korhonen", Time: "14:05"}, 0, checkin.ErrAmbiguous},
		{"name of the same time, agency chosen", checkin.Query{Agency: "kela", Name: "anna korhonen", Time: "14:05"}, 5, nil},
		{"nobody", checkin.Query{Name: "Ville Vallaton", Time: "13:00"}, 0, checkin.ErrNoMatch},
		{"broken time", checkin.Query{Name: "Åsa Öberg", Time: "1330"}, 0, checkin.ErrNoMatch},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.q.Day = day
			got, err := checkin.Match(apps, tt.q, key)
			if !errors.Is(err, tt.err) || got.ID != tt.want {
				t.Fatalf("Match = %d, %v; want %d, %v", got.ID, err, tt.want, tt.err)
			}
		})
	}
}

// TestMatchOtherDay: a name and time match only on the day they are typed.
func TestMatchOtherDay(t *testing.T) {
	q := checkin.Query{Name: "Åsa Öberg", Time: "13:30", Day: day.AddDate(0, 0, 1)}
	if _, err := checkin.Match(apps, q, key); !errors.Is(err, checkin.ErrNoMatch) {
		t.Fatalf("tomorrow's 13:30 matched today's appointment: %v", err)
	}
}
