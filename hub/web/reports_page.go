package web

import (
	"html/template"
	"net/url"
	"strconv"

	"vuoro/hub/queue"
	"vuoro/hub/report"
	"vuoro/hub/web/authz"
	"vuoro/shared/i18n"
)

// reportsData is the reports page: the filter, then each table with its
// chart, if it has one, and its CSV address.
type reportsData struct {
	view
	Period, Date, From, To string
	Periods                []option
	Agencies, Services     []option
	Clerks                 []option
	Tables                 []shownTable
	CSV                    string // every table in one file
}

// shownTable is a table of the report in the reader's language.
type shownTable struct {
	ID, Caption string
	Chart       template.HTML // server-rendered SVG; "" for none
	Wide        bool          // too many columns to sit beside its chart: below it
	Cols        []string
	Rows        [][]string
	CSV         string
}

func (s reportPages) reportsPage(v view) (any, []uint64) {
	q := v.t.q
	d := reportsData{view: v, Date: q.Get("date"), From: q.Get("from"), To: q.Get("to")}
	f, period, err := s.reportFilter(v.c, q)
	d.Period = period
	var r report.Report
	if err == nil {
		r, err = s.compute(f)
	}
	if err != nil {
		d.Error, _ = reportErr(v.Lang, err)
	} else {
		d.From, d.To = f.From, f.To
		d.Tables = s.shownTables(v.Lang, r, q)
		d.CSV = "/admin/reports.csv?" + withParam(q, "table", "").Encode()
	}
	d.Periods = periodOptions(v.Lang, period)
	s.filterOptions(&d, v.c, f)
	return d, nil
}

func periodOptions(lang i18n.Lang, period string) []option {
	var out []option
	for _, p := range []string{"day", "week", "month", "custom"} {
		out = append(out, option{ID: p, Name: tr(lang, "rep.period."+p), Selected: p == period})
	}
	return out
}

// filterOptions lists the agencies, queues and users c may choose from.
func (s reportPages) filterOptions(d *reportsData, c queue.Clerk, f report.Filter) {
	s.eng.Read(func(st *queue.State) {
		scope := reportScope(c)
		for _, a := range st.Agencies {
			if scope == nil || contains(scope, a.ID) {
				d.Agencies = append(d.Agencies, option{ID: a.ID, Name: nameIn(a.Names, d.Lang, a.ID), Selected: a.ID == f.Agency})
			}
		}
		if scope == nil || len(scope) > 0 {
			for _, sv := range st.ServicesOf(scope) {
				d.Services = append(d.Services, option{ID: sv.ID, Name: nameIn(sv.Names, d.Lang, sv.ID), Selected: sv.ID == f.Service})
			}
		}
		for _, u := range authz.UsersSeen(st, c) {
			d.Clerks = append(d.Clerks, option{ID: u.Login, Name: u.Name + " (" + u.Login + ")", Selected: u.Login == f.Clerk})
		}
	})
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

func withParam(q url.Values, k, v string) url.Values {
	out := url.Values{}
	for key, vs := range q {
		if key != "lang" {
			out[key] = vs
		}
	}
	if v == "" {
		out.Del(k)
	} else {
		out.Set(k, v)
	}
	return out
}

// wideCols is the most columns a table has beside its chart.
const wideCols = 7

// shownTables translates the report's tables and draws their charts.
func (s reportPages) shownTables(lang i18n.Lang, r report.Report, q url.Values) []shownTable {
	var out []shownTable
	names := s.reportNames(lang)
	for _, t := range report.Tables(r) {
		st := shownTable{ID: t.ID, Caption: tr(lang, "rep.table."+t.ID), Rows: names.rows(t, translateRows(lang, t)),
			CSV: "/admin/reports.csv?" + withParam(q, "table", t.ID).Encode()}
		for _, c := range t.Cols {
			st.Cols = append(st.Cols, tr(lang, "rep.col."+c))
		}
		st.Chart, st.Wide = chartOf(lang, t, st), len(t.Cols) > wideCols
		out = append(out, st)
	}
	return out
}

// translateRows names the rows' keys (figures, measures, outcomes,
// weekdays, reasons) in the reader's language; numbers stay.
func translateRows(lang i18n.Lang, t report.Table) [][]string {
	key := map[string]string{"summary": "rep.fig.", "times": "rep.fig.", "reasons": "rep.reason."}[t.ID]
	rows := make([][]string, len(t.Rows))
	for i, r := range t.Rows {
		rows[i] = append([]string(nil), r...)
		switch {
		case key != "":
			rows[i][0] = tr(lang, key+r[0])
		case t.ID == "by_weekday":
			n, _ := strconv.Atoi(r[0])
			rows[i][0] = tr(lang, "rep.weekday."+strconv.Itoa(n))
		}
	}
	return rows
}

// reportNames are the names people read for the ids a report keeps: a
// clerk's name for their login, a queue's and an agency's name in the
// reader's language. The CSV and the API keep the ids.
type reportNames struct{ clerks, services, agencies map[string]string }

func (s reportPages) reportNames(lang i18n.Lang) reportNames {
	n := reportNames{map[string]string{}, map[string]string{}, map[string]string{}}
	s.eng.Read(func(st *queue.State) {
		for login := range st.Clerks {
			n.clerks[login] = clerkName(st, login)
		}
		for _, sv := range st.Services {
			n.services[sv.ID] = nameIn(sv.Names, lang, sv.ID)
		}
		for _, a := range st.Agencies {
			n.agencies[a.ID] = nameIn(a.Names, lang, a.ID)
		}
	})
	return n
}

// rows names the ids in the clerks table's and the served-by table's rows;
// an id no longer known (a removed clerk) stays as it is.
func (n reportNames) rows(t report.Table, rows [][]string) [][]string {
	cols := map[string]map[string]string{"clerk": n.clerks, "service": n.services, "agency": n.agencies}
	if t.ID != "clerks" && t.ID != "served_by" {
		return rows
	}
	for j, c := range t.Cols {
		if names, ok := cols[c]; ok {
			for _, r := range rows {
				if name, ok := names[r[j]]; ok {
					r[j] = name
				}
			}
		}
	}
	return rows
}
