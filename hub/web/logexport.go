package web

import (
	"encoding/csv"
	"net/http"
	"strconv"
	"strings"
	"time"

	"vuoro/hub/queue"
	"vuoro/hub/web/authz"
	"vuoro/shared/i18n"
)

// maxExport is the most events one CSV export holds; a longer period is
// exported in parts.
const maxExport = 100_000

// export sends the events c is shown that pass the filter of the query,
// all of them up to maxExport, as CSV for an auditor: in words in the
// reader's language, every personal identity code masked. The export is
// itself logged, before the file is sent.
func (s logBrowser) export(w http.ResponseWriter, r *http.Request, se session, c queue.Clerk) {
	var loc *time.Location
	var today string
	s.eng.Read(func(st *queue.State) { loc, today = st.Location(), st.Today(s.opts.Now()) })
	f, err := parseLogFilter(r.URL.Query(), loc, today)
	var rows []logRow
	if err == nil {
		rows, err = s.exportRows(c, s.lang(r), f)
	}
	if err == nil {
		err = s.eng.RecordLogExport(authz.Actor(c), f.describe(loc))
	}
	if err != nil {
		s.refuse(w, r, se, c, status(err), errText(s.lang(r), err))
		return
	}
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="vuoro-log.csv"`)
	writeLogCSV(w, s.lang(r), rows)
}

// exportRows reads every event of the filter, page by page.
func (s logBrowser) exportRows(c queue.Clerk, lang i18n.Lang, f logFilter) ([]logRow, error) {
	var out []logRow
	for len(out) < maxExport {
		evs, next, err := s.scanLog(c, f)
		if err != nil {
			return nil, err
		}
		s.eng.Read(func(st *queue.State) {
			for _, ev := range evs {
				out = append(out, rowOfEvent(teller{st, lang}, ev))
			}
		})
		if next == 0 {
			break
		}
		f.After = next
	}
	return out, nil
}

// writeLogCSV writes the rows: number, time, event, actor, call id,
// sentence, and the details as "label: value" lines.
func writeLogCSV(w http.ResponseWriter, lang i18n.Lang, rows []logRow) {
	cw := csv.NewWriter(w)
	cw.Write([]string{"#", tr(lang, "log.time"), tr(lang, "log.kind"), tr(lang, "log.actor"), tr(lang, "col.callid"),
		tr(lang, "log.what"), tr(lang, "log.payload")})
	for _, r := range rows {
		var details []string
		for _, f := range r.Told.Fields {
			details = append(details, f.Label+": "+f.Value)
		}
		cw.Write([]string{strconv.FormatUint(r.Seq, 10), r.Clock, r.Told.Name, r.Actor, r.CallID, r.Text,
			strings.Join(details, "\n")})
	}
	cw.Flush()
}
