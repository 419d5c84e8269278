package queue_test

import (
	"fmt"
	"testing"
	"time"

	"vuoro/hub/event"
	"vuoro/hub/queue"
)

// In Europe/Helsinki, 2026 springs forward on Sunday 29 March (03:00 EET
// becomes 04:00 EEST: 03:00-03:59 never happens) and falls back on Sunday
// 25 October (04:00 EEST becomes 03:00 EET: 03:00-03:59 happens twice).
var (
	springDay = time.Date(2026, 3, 28, 22, 0, 0, 0, time.UTC)  // 29.3. 00:00 EET
	autumnDay = time.Date(2026, 10, 24, 21, 0, 0, 0, time.UTC) // 25.10. 00:00 EEST
)

// closesOverDays runs the hub's clock in 10-minute steps over four local
// days from start, with a ticket each night at 01:00 local and a day-close
// check at every step, as the housekeeper does, and returns the days
// closed and when.
func closesOverDays(t *testing.T, dayEnd string, start time.Time) map[string][]time.Time {
	f := newFixture(t)
	must(t, f.e.SetSite("system", queue.Site{ID: "lahti", Name: "Lahti", TimeZone: "Europe/Helsinki", DayEnd: dayEnd}))
	closes := map[string][]time.Time{}
	f.e.Observe(func(ev event.Event, p queue.Payload, _ *queue.State) {
		if v, ok := p.(queue.DayClosed); ok {
			closes[v.Day] = append(closes[v.Day], ev.Time)
		}
	})
	f.clock.now = start
	for f.clock.Now().Before(start.Add(4 * 24 * time.Hour)) {
		if f.clock.Now().In(helsinki).Format("15:04") == "01:00" {
			f.e.Issue("k", queue.IssueRequest{Service: "veroasiat"})
		}
		f.closeDay()
		f.clock.Advance(10 * time.Minute)
	}
	return closes
}

func TestDayClosesOncePerLocalDayAcrossDaylightSavingTime(t *testing.T) {
	tests := []struct {
		name, dayEnd string
		start        time.Time
		want         string // the days closed and when, in UTC
	}{
		// Midnight exists on both days: the close follows the local date.
		{"spring, midnight", "", springDay.Add(-24 * time.Hour),
			"map[2026-03-28:[2026-03-28 22:00:00 +0000 UTC] 2026-03-29:[2026-03-29 21:00:00 +0000 UTC] 2026-03-30:[2026-03-30 21:00:00 +0000 UTC] 2026-03-31:[2026-03-31 21:00:00 +0000 UTC]]"},
		{"autumn, midnight", "", autumnDay.Add(-24 * time.Hour),
			"map[2026-10-24:[2026-10-24 21:00:00 +0000 UTC] 2026-10-25:[2026-10-25 22:00:00 +0000 UTC] 2026-10-26:[2026-10-26 22:00:00 +0000 UTC]]"},
		// A day end of 03:30 never shows on the clock of the spring day:
		// that day closes at the first moment after it, 04:00 EEST.
		{"spring, day end in the skipped hour", "03:30", springDay.Add(-24 * time.Hour),
			"map[2026-03-28:[2026-03-28 01:30:00 +0000 UTC] 2026-03-29:[2026-03-29 01:00:00 +0000 UTC] 2026-03-30:[2026-03-30 00:30:00 +0000 UTC] 2026-03-31:[2026-03-31 00:30:00 +0000 UTC]]"},
		// 03:30 shows twice on the autumn day: the day closes at the first
		// (03:30 EEST) and the second changes nothing.
		{"autumn, day end in the repeated hour", "03:30", autumnDay.Add(-24 * time.Hour),
			"map[2026-10-24:[2026-10-24 00:30:00 +0000 UTC] 2026-10-25:[2026-10-25 00:30:00 +0000 UTC] 2026-10-26:[2026-10-26 01:30:00 +0000 UTC] 2026-10-27:[2026-10-27 01:30:00 +0000 UTC]]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := fmt.Sprint(closesOverDays(t, tt.dayEnd, tt.start)); got != tt.want {
				t.Fatalf("closes\n got %s\nwant %s", got, tt.want)
			}
		})
	}
}

// TestOpeningHoursInTheHoursDaylightSavingTimeChanges pins what opening
// hours mean on the two days: a span is local wall-clock time. A span
// inside the skipped hour (Sunday 03:15-03:45) never opens on the spring
// day, since the clock never shows it; on the autumn day it opens in both
// passes of the repeated hour, 30 minutes each, as a wall clock in the
// building would say it is open.
func TestOpeningHoursInTheHoursDaylightSavingTimeChanges(t *testing.T) {
	f := newFixture(t)
	var h queue.Hours
	h.Weekly[time.Sunday] = []queue.Span{{Open: "03:15", Close: "03:45"}}
	must(t, f.e.Configure("admin:juha", "veroasiat", queue.Settings{Hours: h}))
	openMinutes := func(day time.Time) (n int, at []string) {
		f.e.Read(func(s *queue.State) {
			for m := range 24 * 60 {
				now := day.Add(time.Duration(m) * time.Minute)
				if s.OpenNow("veroasiat", now) {
					n++
					if now.In(helsinki).Minute() == 15 {
						at = append(at, now.Format("15:04Z"))
					}
				}
			}
		})
		return n, at
	}
	if n, _ := openMinutes(springDay); n != 0 {
		t.Errorf("spring day: open %d minutes in an hour that never happens", n)
	}
	if n, at := openMinutes(autumnDay); n != 60 || fmt.Sprint(at) != "[00:15Z 01:15Z]" {
		t.Errorf("autumn day: open %d minutes, opening at %v; want 30 minutes in each pass (00:15Z and 01:15Z)", n, at)
	}
}
