package ical_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"

	"vuoro/hub/ical"
)

var helsinki, _ = time.LoadLocation("Europe/Helsinki")

func TestEncodeIsRFC5545AndDecodesBack(t *testing.T) {
	long := "Aino-Maria Äijälä-Kyöstilä von Würtemberg-Hämäläinen, tulkki mukana, ruotsinkielinen palvelu"
	c := ical.Calendar{Name: "Maija Meikäläinen – Vuoro", Stamp: time.Date(2026, 11, 23, 6, 0, 0, 0, time.UTC), Events: []ical.Event{
		{UID: "appointment-12@lahti.vuoro", Start: time.Date(2026, 11, 23, 10, 0, 0, 0, helsinki), Minutes: 30,
			Summary: long, Location: "Aspa 6", Service: "vero-veroasiat"},
		{UID: "appointment-13@lahti.vuoro", Start: time.Date(2026, 10, 25, 3, 30, 0, 0, helsinki).Add(time.Hour), Minutes: 15,
			Summary: "Yö, pilkku; ja puolipiste", Service: "vero-veroasiat"},
	}}
	var b bytes.Buffer
	if err := ical.Encode(&b, c); err != nil {
		t.Fatal(err)
	}
	text := b.String()
	if strings.Count(text, "\r\n") != strings.Count(text, "\n") {
		t.Error("a line not ended by CRLF")
	}
	for _, line := range strings.Split(text, "\r\n") {
		if len(line) > 75 {
			t.Errorf("a line of %d octets, over 75: %q", len(line), line)
		}
	}
	for _, want := range []string{"BEGIN:VCALENDAR\r\n", "VERSION:2.0", "PRODID:", "UID:appointment-12@lahti.vuoro",
		"DTSTAMP:20261123T060000Z", "DTSTART:20261123T080000Z", "DTEND:20261123T083000Z", `SUMMARY:Yö\, pilkku\; ja puolipiste`} {
		if !strings.Contains(text, want) {
			t.Errorf("the feed has no %q:\n%s", want, text)
		}
	}
	got, err := ical.Decode(strings.NewReader(text), helsinki)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("%d events back, want 2", len(got))
	}
	for i, e := range got {
		w := c.Events[i]
		if e.UID != w.UID || !e.Start.Equal(w.Start) || e.Minutes != w.Minutes || e.Summary != w.Summary || e.Service != w.Service || e.Location != w.Location {
			t.Errorf("event %d back as %+v, want %+v", i, e, w)
		}
	}
}

func TestDecodeTimesOfEveryForm(t *testing.T) {
	file := strings.Join([]string{"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//FI",
		"BEGIN:VEVENT", "UID:a", "SUMMARY:UTC", "DTSTART:20261123T080000Z", "END:VEVENT",
		"BEGIN:VEVENT", "UID:b", "SUMMARY:TZID", "DTSTART;TZID=Europe/Helsinki:20261123T100000", "DTEND;TZID=Europe/Helsinki:20261123T104500", "END:VEVENT",
		"BEGIN:VEVENT", "UID:c", "SUMMARY:floating", "DTSTART:20261123T100000", "END:VEVENT",
		"END:VCALENDAR", ""}, "\r\n")
	got, err := ical.Decode(strings.NewReader(file), helsinki)
	if err != nil {
		t.Fatal(err)
	}
	want := time.Date(2026, 11, 23, 10, 0, 0, 0, helsinki)
	for _, e := range got {
		if !e.Start.Equal(want) {
			t.Errorf("%s: %v, want %v", e.Summary, e.Start, want)
		}
	}
	if got[1].Minutes != 45 {
		t.Errorf("TZID event of %d minutes, want 45", got[1].Minutes)
	}
}

func TestDecodeNamesTheLineOfEveryBadEvent(t *testing.T) {
	file := strings.Join([]string{"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//FI", // 1-3
		"BEGIN:VEVENT", "UID:ok", "SUMMARY:Hyvä", "DTSTART:20261123T080000Z", "END:VEVENT", // 4-8
		"BEGIN:VEVENT", "UID:allday", "SUMMARY:Koko päivä", "DTSTART;VALUE=DATE:20261123", "END:VEVENT", // 9-13
		"BEGIN:VEVENT", "UID:noname", "DTSTART:20261123T080000Z", "END:VEVENT", // 14-17
		"BEGIN:VEVENT", "UID:back", "SUMMARY:Taakse", "DTSTART:20261123T080000Z", "DTEND:20261123T070000Z", "END:VEVENT", // 18-23
		"END:VCALENDAR", ""}, "\r\n")
	_, err := ical.Decode(strings.NewReader(file), helsinki)
	var p ical.Problems
	if !errors.As(err, &p) {
		t.Fatalf("%v, want problems", err)
	}
	want := "line 9: DTSTART: a date without a time (an all-day event); line 14: no SUMMARY: the citizen's name; line 18: DTEND is not a time after DTSTART"
	if p.Error() != want {
		t.Errorf("problems:\n%s\nwant\n%s", p.Error(), want)
	}
	if _, err := ical.Decode(strings.NewReader("Nimi;Aika\nMatti;10:00\n"), helsinki); !errors.Is(err, ical.ErrFile) {
		t.Errorf("a CSV file: %v, want ErrFile", err)
	}
}
