package queue_test

import (
	"errors"
	"slices"
	"testing"
	"time"

	"vuoro/hub/queue"
)

const lahti = "Lahti / Kirkkokatu 12 (Lahden virastotalo)"

// withPoints adds the seed's service points to the fixture's site: Aspa 1
// to 3 on floor 1 (the Tax Administration's own Aspa 1 and 2), a meeting
// room on floor 2 for 8, and a room in another building, beside the
// fixture's rooms 5 and 6 with no name.
func withPoints(t *testing.T) *fixture {
	f := newFixture(t)
	must(t, f.e.AddAgency("system", queue.Agency{ID: "kela"}))
	for _, r := range []queue.Room{
		{ID: "1", Name: "Aspa 1", Floor: 1, Capacity: 3, Attributes: []string{"step-free", "display"}, Area: lahti,
			Number: "1001", Group: "Asiakaspalvelutila", Agencies: []string{"vero"}},
		{ID: "2", Name: "Aspa 2", Floor: 1, Capacity: 3, Attributes: []string{"step-free", "display"}, Area: lahti,
			Number: "1002", Group: "Asiakaspalvelutila", Agencies: []string{"vero"}},
		{ID: "3", Name: "Aspa 3", Floor: 1, Capacity: 2, Attributes: []string{"display"}, Area: lahti,
			Number: "1003", Group: "Asiakaspalvelutila"},
		{ID: "20", Name: "Neuvotteluhuone", Floor: 2, Capacity: 8, Attributes: []string{"step-free"}, Area: lahti,
			Number: "2001", Group: "Neuvotteluhuone"},
		{ID: "h1", Name: "Aspa H1", Floor: 1, Capacity: 3, Area: "Heinola / Kauppakatu 1", Number: "101",
			Group: "Asiakaspalvelutila"},
	} {
		must(t, f.e.AddRoom("system", r))
	}
	return f
}

// local is a moment in Helsinki time.
func local(day, clock string) time.Time {
	t, err := time.ParseInLocation("2006-01-02 15:04", day+" "+clock, helsinki)
	if err != nil {
		panic(err)
	}
	return t
}

func (f *fixture) book(point, agency, day, from, to string) (queue.Booking, error) {
	return f.e.BookPoint("clerk:vero1", queue.PointBooking{Point: point, Agency: agency, Name: "Verokortit", Persons: 2,
		Times: []queue.Interval{{From: local(day, from), To: local(day, to)}}})
}

func (f *fixture) search(q queue.PointQuery) []string {
	var names []string
	var err error
	f.e.Read(func(s *queue.State) {
		var res []queue.PointResult
		res, err = s.SearchPoints(q)
		for _, r := range res {
			names = append(names, r.Name)
		}
	})
	must(f.t, err)
	return names
}

func TestSearchPointsFilters(t *testing.T) {
	f := withPoints(t)
	_, err := f.book("1", "vero", "2026-11-24", "12:30", "13:30")
	must(t, err)
	one, two := 1, 2
	for _, c := range []struct {
		name string
		q    queue.PointQuery
		want []string
	}{
		{"all", queue.PointQuery{}, []string{"", "", "Aspa 1", "Aspa 2", "Aspa 3", "Aspa H1", "Neuvotteluhuone"}},
		{"area", queue.PointQuery{Area: lahti}, []string{"Aspa 1", "Aspa 2", "Aspa 3", "Neuvotteluhuone"}},
		{"floor 1", queue.PointQuery{Area: lahti, Floor: &one}, []string{"Aspa 1", "Aspa 2", "Aspa 3"}},
		{"floor 2", queue.PointQuery{Floor: &two}, []string{"Neuvotteluhuone"}},
		{"group", queue.PointQuery{Group: "Neuvotteluhuone"}, []string{"Neuvotteluhuone"}},
		{"free 13-14", queue.PointQuery{Area: lahti, Floor: &one, From: "13:00", To: "14:00"}, []string{"Aspa 2", "Aspa 3"}},
		{"free 13:30-14", queue.PointQuery{Floor: &one, From: "13:30", To: "14:00"}, []string{"Aspa 1", "Aspa 2", "Aspa 3", "Aspa H1"}},
		{"capacity min", queue.PointQuery{MinPersons: 3}, []string{"Aspa 1", "Aspa 2", "Aspa H1", "Neuvotteluhuone"}},
		{"capacity max", queue.PointQuery{Area: lahti, MaxPersons: 2}, []string{"Aspa 3"}},
		{"capacity between", queue.PointQuery{MinPersons: 3, MaxPersons: 4}, []string{"Aspa 1", "Aspa 2", "Aspa H1"}},
		{"attributes", queue.PointQuery{Attributes: []string{"step-free", "display"}}, []string{"Aspa 1", "Aspa 2"}},
		{"name", queue.PointQuery{Name: "neuvottelu"}, []string{"Neuvotteluhuone"}},
	} {
		c.q.Day = "2026-11-24"
		if got := f.search(c.q); !slices.Equal(got, c.want) {
			t.Errorf("%s: found %q, want %q", c.name, got, c.want)
		}
	}
	var err2 error
	f.e.Read(func(s *queue.State) {
		_, err2 = s.SearchPoints(queue.PointQuery{Day: "2026-11-24", From: "14:00", To: "13:00"})
	})
	if !errors.Is(err2, queue.ErrInvalid) {
		t.Errorf("a search from 14:00 to 13:00: %v, want ErrInvalid", err2)
	}
}

func (f *fixture) words(point, day string) [3]string {
	var a queue.Availability
	f.e.Read(func(s *queue.State) { a = s.Availability(point, day) })
	return [3]string{a.Words("fi"), a.Words("sv"), a.Words("en")}
}

func TestAvailabilityWords(t *testing.T) {
	f := withPoints(t)
	day := "2026-11-24"
	for _, b := range [][3]string{{"1", "08:00", "15:00"}, {"2", "08:00", "12:00"}, {"2", "12:00", "16:15"},
		{"3", "13:00", "16:15"}, {"20", "08:00", "09:00"}, {"20", "11:00", "12:00"}, {"20", "14:00", "15:00"}} {
		_, err := f.book(b[0], "vero", day, b[1], b[2])
		must(t, err)
	}
	for point, want := range map[string][3]string{
		"1": {"Varattu klo 15:00 asti, vapaa loppupäivän", "Bokad till kl. 15:00, ledig resten av dagen",
			"Reserved until 15:00, free for the rest of the day"},
		"h1": {"Vapaa koko päivän", "Ledig hela dagen", "Free all day"},
		"2":  {"Varattu koko päivän", "Bokad hela dagen", "Reserved all day"},
		"3": {"Vapaa klo 13:00 asti, varattu loppupäivän", "Ledig till kl. 13:00, bokad resten av dagen",
			"Free until 13:00, reserved for the rest of the day"},
		"20": {"Vapaa klo 09:00–11:00, 12:00–14:00 ja 15:00–16:15", "Ledig kl. 09:00–11:00, 12:00–14:00 och 15:00–16:15",
			"Free 09:00–11:00, 12:00–14:00 and 15:00–16:15"},
	} {
		if got := f.words(point, day); got != want {
			t.Errorf("point %s: %q, want %q", point, got, want)
		}
	}
	if got := f.words("1", "2026-11-25"); got[0] != "Vapaa koko päivän" {
		t.Errorf("the next day: %q", got[0])
	}
}

// On the day the clocks spring forward (a 23-hour day) a booking from
// 08:00 to 15:00 site time is still said as 15:00, and a series crossing
// the autumn change keeps 08:00-16:15 on each side of it.
func TestAvailabilityOnDSTDays(t *testing.T) {
	f := withPoints(t)
	f.clock.now = local("2026-03-20", "08:00")
	_, err := f.book("1", "vero", "2026-03-29", "08:00", "15:00")
	must(t, err)
	if got := f.words("1", "2026-03-29"); got[0] != "Varattu klo 15:00 asti, vapaa loppupäivän" ||
		got[2] != "Reserved until 15:00, free for the rest of the day" {
		t.Errorf("spring DST day: %q", got)
	}
	b, err := f.e.BookPointSeries("clerk:vero1", queue.PointBooking{Point: "2", Agency: "vero", Name: "Aamut", Persons: 1},
		queue.Series{First: "2026-10-23", Last: "2026-10-26", Weekdays: []time.Weekday{time.Friday, time.Sunday, time.Monday},
			Start: "08:00", End: "16:15"})
	must(t, err)
	if len(b.Times) != 3 {
		t.Fatalf("series Fri, Sun, Mon over the autumn change: %d times", len(b.Times))
	}
	for _, tm := range b.Times {
		if a, z := tm.From.In(helsinki).Format("15:04"), tm.To.In(helsinki).Format("15:04"); a != "08:00" || z != "16:15" {
			t.Errorf("occurrence %s: %s–%s site time", tm.From.In(helsinki).Format(time.DateOnly), a, z)
		}
	}
	if got := f.words("2", "2026-10-25"); got[0] != "Varattu koko päivän" {
		t.Errorf("autumn DST day: %q", got[0])
	}
}
