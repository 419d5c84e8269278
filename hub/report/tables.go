package report

import (
	"fmt"
	"strconv"
	"time"
)

// Table is one table of a report, as the page shows it beside its chart
// and CSV carries it: durations in minutes with one decimal, shares in
// per cent with one decimal, times of day as HH:MM. Cols are column ids,
// which the console names in each language ("rep.col." + id).
type Table struct {
	ID   string     `json:"id"`
	Cols []string   `json:"cols"`
	Rows [][]string `json:"rows"`
}

// TableIDs are the tables of a report, in the order they are shown.
var TableIDs = []string{"summary", "queue", "times", "clerks", "served_by", "by_hour", "by_weekday", "reasons"}

// Tables returns every table of r, in TableIDs' order.
func Tables(r Report) []Table {
	return []Table{summary(r), queueTable(r), timesTable(r), clerksTable(r), servedBy(r),
		outcomeTable("by_hour", "hour", r.ByHour, 24, func(i int) string { return fmt.Sprintf("%02d", i) }),
		outcomeTable("by_weekday", "weekday", weekdays(r.ByWeekday), 7, func(i int) string { return strconv.Itoa(i + 1) }),
		reasonsTable(r)}
}

func minutes(sec float64) string { return strconv.FormatFloat(sec/60, 'f', 1, 64) }
func percent(x float64) string   { return strconv.FormatFloat(100*x, 'f', 1, 64) }
func itoa(n int) string          { return strconv.Itoa(n) }

// SlotTime is the time of day a 15-minute slot starts, HH:MM.
func SlotTime(i int) string { return fmt.Sprintf("%02d:%02d", i/4, i%4*15) }

func summary(r Report) Table {
	peak := ""
	if r.Peak > 0 {
		peak = r.PeakDate + " " + SlotTime(r.PeakSlot)
	}
	rows := [][]string{{"days", itoa(r.Days)}, {"peak", itoa(r.Peak)}, {"peak_at", peak},
		{"within_target", percent(r.WithinTarget)}, {"on_time", itoa(r.OnTime)}, {"late", itoa(r.Late)},
		{"estimated", itoa(r.Estimated)}, {"inside_estimate", percent(r.Inside)},
		{"estimate_error", minutes(float64(r.EstError.Median))}}
	for _, o := range Outcomes {
		rows = append(rows, []string{o, itoa(r.Outcomes[o])})
	}
	return Table{ID: "summary", Cols: []string{"figure", "value"}, Rows: rows}
}

// queueTable has the slots from the first to the last with any arrival
// or anyone waiting.
func queueTable(r Report) Table {
	t := Table{ID: "queue", Cols: []string{"time", "arrivals", "waiting"}}
	first, last := -1, -1
	for i := range Slots {
		if r.Arrivals[i] > 0 || r.Queue[i] > 0 {
			last = i
			if first < 0 {
				first = i
			}
		}
	}
	for i := max(first, 0); i <= last; i++ {
		t.Rows = append(t.Rows, []string{SlotTime(i), itoa(r.Arrivals[i]), itoa(r.Queue[i])})
	}
	return t
}

var timeCols = []string{"measure", "count", "mean", "median", "p90", "max"}

func timesRow(name string, t Times) []string {
	return []string{name, itoa(t.Count), minutes(t.Mean), minutes(float64(t.Median)), minutes(float64(t.P90)), minutes(float64(t.Max))}
}

func timesTable(r Report) Table {
	return Table{ID: "times", Cols: timeCols, Rows: [][]string{timesRow("wait", r.Wait), timesRow("service", r.Service),
		timesRow("lateness", r.Lateness), timesRow("estimate_error", r.EstError)}}
}

func clerksTable(r Report) Table {
	t := Table{ID: "clerks", Cols: []string{"clerk", "visits", "service_mean", "service_median", "walk_mean", "idle", "breaks", "break_time"}}
	for _, c := range r.Clerks {
		t.Rows = append(t.Rows, []string{c.Clerk, itoa(c.Visits), minutes(c.Service.Mean),
			minutes(float64(c.Service.Median)), minutes(c.Walk.Mean), minutes(float64(c.Idle)),
			itoa(c.Breaks), minutes(float64(c.Break))})
	}
	return t
}

func servedBy(r Report) Table {
	t := Table{ID: "served_by", Cols: []string{"service", "agency", "clerk", "visits"}}
	for _, s := range r.ServedBy {
		t.Rows = append(t.Rows, []string{s.Service, s.Agency, s.Clerk, itoa(s.Visits)})
	}
	return t
}

func weekdays(m map[string][7]int) map[string][24]int {
	out := map[string][24]int{}
	for k, v := range m {
		var a [24]int
		copy(a[:], v[:])
		out[k] = a
	}
	return out
}

func outcomeTable(id, key string, m map[string][24]int, n int, label func(int) string) Table {
	t := Table{ID: id, Cols: append([]string{key}, Outcomes...)}
	for i := range n {
		row := []string{label(i)}
		for _, o := range Outcomes {
			row = append(row, itoa(m[o][i]))
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

func reasonsTable(r Report) Table {
	t := Table{ID: "reasons", Cols: []string{"reason", "count"}}
	for _, k := range sortedKeys(r.Reasons) {
		t.Rows = append(t.Rows, []string{k, itoa(r.Reasons[k])})
	}
	return t
}

// Period is the dates from..to of a period of kind "day", "week" (Monday
// to Sunday), or "month" holding date, a YYYY-MM-DD.
func Period(kind, date string) (from, to string, err error) {
	d, err := time.Parse(time.DateOnly, date)
	if err != nil {
		return "", "", fmt.Errorf("report: date %q: %w", date, ErrBadPeriod)
	}
	switch kind {
	case "day":
	case "week":
		d = d.AddDate(0, 0, -((int(d.Weekday()) + 6) % 7))
		return d.Format(time.DateOnly), d.AddDate(0, 0, 6).Format(time.DateOnly), nil
	case "month":
		d = time.Date(d.Year(), d.Month(), 1, 0, 0, 0, 0, time.UTC)
		return d.Format(time.DateOnly), d.AddDate(0, 1, -1).Format(time.DateOnly), nil
	default:
		return "", "", fmt.Errorf("report: period %q: %w", kind, ErrBadPeriod)
	}
	return date, date, nil
}
