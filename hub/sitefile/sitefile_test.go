package sitefile_test

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"vuoro/hub/queue"
	"vuoro/hub/sitefile"
	"vuoro/hub/store"
)

// example is the site file the hub image installs.
const example = "../../images/hub/site.toml"

// monday is 09:54 local time on Monday 23 November 2026 in Lahti.
var monday = time.Date(2026, 11, 23, 7, 54, 0, 0, time.UTC)

type fixedClock struct{ t time.Time }

func (c fixedClock) Now() time.Time { return c.t }

func exampleText(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(example)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// without drops the table that starts with header, up to the next blank
// line, from a site file's text.
func without(text, header string) string {
	i := strings.Index(text, header+"\n")
	if i < 0 {
		panic("no table " + header)
	}
	end := strings.Index(text[i:], "\n\n")
	if end < 0 {
		return text[:i]
	}
	return text[:i] + text[i+end+2:]
}

func parse(t *testing.T, text string) *sitefile.File {
	t.Helper()
	f, err := sitefile.Parse("site.toml", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// engine is a queue engine on a real data file, brought to text.
func engine(t *testing.T, text string) *queue.Engine {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "hub.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	e, err := queue.Open(st, fixedClock{monday})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := sitefile.Apply(e, parse(t, text), sitefile.Actor, monday); err != nil {
		t.Fatal(err)
	}
	return e
}

func diff(t *testing.T, e *queue.Engine, text string) ([]string, error) {
	t.Helper()
	f := parse(t, text)
	var out []string
	var err error
	e.Read(func(st *queue.State) {
		var changes []sitefile.Change
		changes, err = sitefile.Diff(f, st, monday)
		for _, c := range changes {
			out = append(out, c.String())
		}
	})
	return out, err
}

func TestExampleFile(t *testing.T) {
	f, err := sitefile.Read(example)
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Agencies) != 6 || len(f.Services) != 12 || len(f.Rooms) != 8 || f.Agencies[0].ID != "dvv" || f.Rooms[7].ID != "8" {
		t.Fatalf("the example has %d agencies, %d services, %d rooms", len(f.Agencies), len(f.Services), len(f.Rooms))
	}
	e := engine(t, exampleText(t))
	e.Read(func(st *queue.State) {
		sv, _ := st.Service("vero-veroasiat")
		r, _ := st.Room("1")
		if st.Site.WaitingRoom != "Odotusaula Lahti" || len(st.Site.WaitingRooms) != 2 || st.Site.DayEnd != "20:00" || st.Site.RetentionDays != 30 {
			t.Errorf("site = %+v", st.Site)
		}
		if sv.Letter != "R" || sv.Settings.DailyCap != 200 || len(sv.Settings.Hours.Weekly[time.Friday]) != 1 || sv.Settings.Rule.Boost != 10*time.Minute {
			t.Errorf("vero-veroasiat = %+v", sv)
		}
		if w := sv.Settings.CheckIn; w.Early != 30*time.Minute || w.Late != 10*time.Minute || w.Policy != queue.LateWalkIn {
			t.Errorf("vero-veroasiat's check-in window = %+v", w)
		}
		if w := st.CheckInWindow("vero-verokortit"); w != queue.DefaultWindow {
			t.Errorf("vero-verokortit, with no window in the file, has %+v", w)
		}
		if !sv.Settings.Hours.OpenAt(monday.In(st.Location())) || sv.Settings.Hours.OpenAt(time.Date(2026, 12, 24, 10, 0, 0, 0, st.Location())) {
			t.Error("Veroasiat is not open on Monday morning, or is open on Christmas Eve")
		}
		if r.Name != "Aspa 1" || r.Capacity != 3 || !slices.Contains(r.Attributes, "step-free") ||
			r.Area != "Lahti / Kirkkokatu 12 (Lahden virastotalo)" || r.Number != "1001" || r.Group != "Asiakaspalvelutila" ||
			!slices.Equal(r.Agencies, []string{"vero"}) {
			t.Errorf("room 1 = %+v", r)
		}
	})
}

func TestDiff(t *testing.T) {
	base := exampleText(t)
	tests := []struct {
		name string
		edit func(string) string
		want []string
	}{
		{"the same file", func(s string) string { return s }, nil},
		{"a service renamed", func(s string) string {
			return strings.Replace(s, `fi = "Veroasiat"`, `fi = "Yleiset veroasiat"`, 1)
		}, []string{"update service vero-veroasiat"}},
		{"a new room", func(s string) string { return s + "\n[rooms.9]\nname = \"Aspa 9\"\nfloor = 2\n" }, []string{"add room 9"}},
		{"a room gone", func(s string) string { return without(s, "[rooms.8]") }, []string{"remove room 8"}},
		{"a room in a waiting area", func(s string) string { return s + "\n[rooms.9]\nname = \"Aspa 9\"\nwaiting_area = \"aula-2\"\n" }, []string{"add room 9"}},
		{"a room's capacity", func(s string) string {
			return strings.Replace(s, "[rooms.8]\nname = \"Aspa 8\"\nfloor = 2\ncapacity = 1", "[rooms.8]\nname = \"Aspa 8\"\nfloor = 2\ncapacity = 2", 1)
		}, []string{"update room 8"}},
		{"a room's agencies", func(s string) string {
			return strings.Replace(s, `agencies = ["kela"]`, `agencies = ["kela", "vero"]`, 1)
		},
			[]string{"update room 2"}},
		{"a room's number", func(s string) string { return strings.Replace(s, `number = "1002"`, `number = "1012"`, 1) },
			[]string{"update room 2"}},
		{"a room's area and group", func(s string) string {
			s = strings.Replace(s, `group = "Asiakaspalvelutila"`, `group = "Etäpalvelu"`, 1)
			return strings.Replace(s, `area = "Lahti / Kirkkokatu 12 (Lahden virastotalo)"`, `area = "Lahti / Vapaudenkatu 10"`, 1)
		}, []string{"update room 1"}},
		{"opening hours", func(s string) string {
			return strings.Replace(s, `hours = ["mon-fri 08:00-16:15"]`, `hours = ["mon-fri 08:00-16:00"]`, 1)
		}, []string{"update settings dvv-vaestotiedot"}},
		{"a letter", func(s string) string { return strings.Replace(s, `letter = "U"`, `letter = "Y"`, 1) }, []string{"update service ulosotto-asiat"}},
		{"an agency and its only service gone", func(s string) string {
			return without(without(s, "[agencies.ulosotto]"), "[services.ulosotto-asiat]")
		}, []string{"remove service ulosotto-asiat", "remove agency ulosotto"}},
		{"a new service taking a freed letter", func(s string) string {
			s = strings.Replace(s, `letter = "U"`, `letter = "Y"`, 1)
			return s + "\n[services.ulosotto-neuvonta]\nagency = \"ulosotto\"\nletter = \"U\"\nnames = { fi = \"Neuvonta\" }\n"
		}, []string{"update service ulosotto-asiat", "add service ulosotto-neuvonta"}},
		{"wayfinding", func(s string) string { return strings.Replace(s, "keltaista", "sinistä", 1) }, []string{"update site lahti"}},
		{"the no-show rule given", func(s string) string { return strings.Replace(s, "day_end", "no_show_after = 3\nday_end", 1) }, []string{"update site lahti"}},
		{"number-only check-in", func(s string) string {
			return strings.Replace(s, "day_end", "number_only_checkin = true\nday_end", 1)
		}, []string{"update site lahti"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := engine(t, base)
			text := tt.edit(base)
			got, err := diff(t, e, text)
			if err != nil || !slices.Equal(got, tt.want) {
				t.Fatalf("changes %q (%v), want %q", got, err, tt.want)
			}
			if _, err := sitefile.Apply(e, parse(t, text), sitefile.Actor, monday); err != nil {
				t.Fatal(err)
			}
			if again, err := diff(t, e, text); len(again) != 0 || err != nil {
				t.Errorf("after applying, the file still differs: %q %v", again, err)
			}
		})
	}
}

func TestConsoleSettingsKeptWhereTheFileGivesNone(t *testing.T) {
	e := engine(t, exampleText(t))
	if err := e.Configure("clerk:admin", "ely-yritys", queue.Settings{DailyCap: 50}); err != nil {
		t.Fatal(err)
	}
	if got, err := diff(t, e, exampleText(t)); len(got) != 0 || err != nil {
		t.Errorf("the file undoes the console's settings of a service it gives none for: %q %v", got, err)
	}
}

// Number-only check-in set in the console stays when the file leaves it
// out, and the file's own choice wins when it gives one.
func TestNumberOnlyCheckinLeftToTheConsole(t *testing.T) {
	e := engine(t, exampleText(t))
	on := true
	p := queue.SiteParams{NoShowAfter: 2, NumberOnlyCheckin: &on}
	e.Read(func(st *queue.State) { p.Wayfinding = st.Site.Wayfinding })
	if err := e.SetSiteParams("clerk:paakayttaja", p); err != nil {
		t.Fatal(err)
	}
	if got, err := diff(t, e, exampleText(t)); len(got) != 0 || err != nil {
		t.Errorf("a file without number_only_checkin undoes the console's: %q %v", got, err)
	}
	off := strings.Replace(exampleText(t), "day_end", "number_only_checkin = false\nday_end", 1)
	if _, err := sitefile.Apply(e, parse(t, off), sitefile.Actor, monday); err != nil {
		t.Fatal(err)
	}
	e.Read(func(st *queue.State) {
		if st.Site.NumberOnlyCheckin {
			t.Error("the file's number_only_checkin = false did not apply")
		}
	})
}

func TestDiffRefusals(t *testing.T) {
	base := exampleText(t)
	tests := []struct {
		name string
		edit func(string) string
		says []string
	}{
		{"a service with waiting visits removed", func(s string) string { return without(s, "[services.vero-veroasiat]") },
			[]string{"services.vero-veroasiat (Veroasiat)", "2 open visits"}},
		{"the letter of a queue with open visits", func(s string) string { return strings.Replace(s, `letter = "R"`, `letter = "Y"`, 1) },
			[]string{"services.vero-veroasiat.letter changes R to Y", "2 open visits"}},
		{"a room serving a visit removed", func(s string) string { return without(s, "[rooms.6]") },
			[]string{"rooms.6 (Aspa 6)", "R1 is being served there"}},
		{"another site", func(s string) string { return strings.Replace(s, `id = "lahti"`, `id = "turku"`, 1) },
			[]string{`site.id is "turku" but the data file is of site "lahti"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := engine(t, base)
			for range 2 {
				if _, err := e.Issue("kiosk:k1", queue.IssueRequest{Service: "vero-veroasiat"}); err != nil {
					t.Fatal(err)
				}
			}
			if _, err := e.CallNext("maija", []string{"vero-veroasiat"}, "6"); err != nil {
				t.Fatal(err)
			}
			_, err := sitefile.Apply(e, parse(t, tt.edit(base)), sitefile.Actor, monday)
			if !errors.Is(err, sitefile.ErrRefused) {
				t.Fatalf("err = %v, want refused", err)
			}
			for _, s := range tt.says {
				if !strings.Contains(err.Error(), s) {
					t.Errorf("%v\ndoes not say %q", err, s)
				}
			}
			if got, _ := diff(t, e, base); len(got) != 0 {
				t.Errorf("a refused file changed the site: %q", got)
			}
		})
	}
}

// The file's agencies of a room make it that agency's own point: an
// appointment of theirs reserves it, and a second one at the same time
// finds it taken; an agency with no point of its own books none.
func TestRoomAgenciesReserveAppointments(t *testing.T) {
	e := engine(t, exampleText(t))
	at := monday.Add(2 * time.Hour)
	book := func(service string) (queue.Appointment, error) {
		return e.BookAppointment("clerk:neuvoja", queue.AppointmentBooking{Service: service, At: at, Person: queue.Person{Name: "Aino Asiakas"}})
	}
	for service, room := range map[string]string{"vero-veroasiat": "1", "kela-asiointi": "2", "dvv-vaestotiedot": ""} {
		a, err := book(service)
		if err != nil || a.Room != room {
			t.Errorf("an appointment of %s: room %q, %v; want room %q", service, a.Room, err, room)
		}
	}
	if a, err := book("vero-verokortit"); !errors.Is(err, queue.ErrTaken) {
		t.Errorf("a second Vero appointment at the same time: room %q, %v; want Vero's only point taken", a.Room, err)
	}
}
