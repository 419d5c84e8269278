package web

import (
	"net/http"
	"slices"

	"vuoro/hub/queue"
	"vuoro/hub/report"
	"vuoro/shared/i18n"
)

// queues answers GET /api/v1/reports/queues: the figures as JSON, or with
// format=csv every table (or table=ID, one) as CSV.
func (s reportPages) queues(w http.ResponseWriter, r *http.Request, _ session, c queue.Clerk) {
	rep, err := s.read(c, r)
	if err != nil {
		_, code := reportErr(i18n.Default, err)
		writeJSON(w, code, apiError{err.Error()})
		return
	}
	if r.URL.Query().Get("format") == "csv" {
		s.writeCSV(w, r, rep)
		return
	}
	writeJSON(w, http.StatusOK, rep)
}

// csv answers the page's CSV downloads, /admin/reports.csv.
func (s reportPages) csv(w http.ResponseWriter, r *http.Request, _ session, c queue.Clerk) {
	rep, err := s.read(c, r)
	if err != nil {
		text, code := reportErr(s.lang(r), err)
		http.Error(w, text, code)
		return
	}
	s.writeCSV(w, r, rep)
}

func (s reportPages) read(c queue.Clerk, r *http.Request) (report.Report, error) {
	f, _, err := s.reportFilter(c, r.URL.Query())
	if err != nil {
		return report.Report{}, err
	}
	return s.compute(f)
}

func (s reportPages) writeCSV(w http.ResponseWriter, r *http.Request, rep report.Report) {
	tables := report.Tables(rep)
	id := r.URL.Query().Get("table")
	name := "vuoro-report-" + rep.From + "-" + rep.To
	if id != "" {
		i := slices.Index(report.TableIDs, id)
		if i < 0 {
			http.Error(w, "no such table", http.StatusNotFound)
			return
		}
		name += "-" + id
	}
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="`+name+`.csv"`)
	var err error
	if id != "" {
		err = report.WriteCSV(w, tables[slices.Index(report.TableIDs, id)])
	} else {
		err = report.WriteAllCSV(w, tables)
	}
	if err != nil {
		s.opts.Logger.Error("report CSV not written", "err", err)
	}
}
