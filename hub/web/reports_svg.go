package web

import (
	"fmt"
	"html"
	"html/template"
	"strconv"
	"strings"

	"vuoro/hub/report"
	"vuoro/shared/i18n"
)

// charted says which tables have a chart, and which of their columns it
// draws: one bar a row, its height the sum of those columns.
var charted = map[string][]int{
	"queue":      {2},                // the most waiting in each 15 minutes
	"by_hour":    {1, 2, 3, 4, 5, 6}, // visits ended, every outcome
	"by_weekday": {1, 2, 3, 4, 5, 6},
	"clerks":     {1}, // visits served
}

const chartW, chartH, chartPad = 640, 220, 28

// chartOf draws a table's bar chart as SVG, named for screen readers by
// its title and a sentence that points at the table beside it, which has
// the same numbers.
func chartOf(lang i18n.Lang, t report.Table, shown shownTable) template.HTML {
	cols, ok := charted[t.ID]
	if !ok || len(t.Rows) == 0 {
		return ""
	}
	vals := make([]int, len(t.Rows))
	top := 1
	for i, r := range t.Rows {
		for _, c := range cols {
			n, _ := strconv.Atoi(r[c])
			vals[i] += n
		}
		top = max(top, vals[i])
	}
	var b strings.Builder
	id := "chart-" + t.ID
	fmt.Fprintf(&b, `<svg class="chart" id="%s" role="img" viewBox="0 0 %d %d" aria-labelledby="%s-t %s-d">`, id, chartW, chartH, id, id)
	fmt.Fprintf(&b, `<title id="%s-t">%s</title><desc id="%s-d">%s</desc>`, id, html.EscapeString(shown.Caption), id,
		html.EscapeString(tr(lang, "rep.chart_desc", top)))
	bars(&b, shown.Rows, vals, top)
	fmt.Fprintf(&b, `<text x="2" y="12" class="axis">%d</text><line x1="%d" y1="%d" x2="%d" y2="%d" class="axis"/></svg>`,
		top, chartPad, chartH-chartPad, chartW, chartH-chartPad)
	return template.HTML(b.String()) // every text in it is escaped above
}

func bars(b *strings.Builder, rows [][]string, vals []int, top int) {
	w := float64(chartW-chartPad) / float64(len(vals))
	every := max(1, len(vals)/12) // about twelve labels
	for i, v := range vals {
		h := float64(chartH-2*chartPad) * float64(v) / float64(top)
		x := float64(chartPad) + float64(i)*w
		fmt.Fprintf(b, `<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f"><title>%s: %d</title></rect>`,
			x+1, float64(chartH-chartPad)-h, max(1, w-2), h, html.EscapeString(rows[i][0]), v)
		if i%every == 0 {
			fmt.Fprintf(b, `<text x="%.1f" y="%d" class="label">%s</text>`, x+1, chartH-chartPad+14, html.EscapeString(short(rows[i][0])))
		}
	}
}

// short is a label cut to fit under a bar.
func short(s string) string {
	if r := []rune(s); len(r) > 10 {
		return string(r[:9]) + "…"
	}
	return s
}
