package web

import (
	"strconv"

	"vuoro/hub/report"
)

// reportKeys are the catalogue keys the reports page builds from the
// report's own ids: periods, tables, columns, figures, weekdays, reasons.
func reportKeys() []string {
	keys := []string{"rep.period.custom"}
	for _, p := range []string{"day", "week", "month"} {
		keys = append(keys, "rep.period."+p)
	}
	for _, t := range report.Tables(report.Report{}) {
		keys = append(keys, "rep.table."+t.ID)
		for _, c := range t.Cols {
			keys = append(keys, "rep.col."+c)
		}
		if t.ID == "summary" || t.ID == "times" {
			for _, r := range t.Rows {
				keys = append(keys, "rep.fig."+r[0])
			}
		}
	}
	for i := 1; i <= 7; i++ {
		keys = append(keys, "rep.weekday."+strconv.Itoa(i))
	}
	for _, r := range report.Reasons() {
		keys = append(keys, "rep.reason."+r)
	}
	return keys
}
