package web

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"time"

	"vuoro/hub/queue"
	"vuoro/hub/report"
	"vuoro/hub/web/authz"
	"vuoro/shared/i18n"
)

// Reports gives the queue reports' figures; *report.Keeper is one.
type Reports interface {
	Report(report.Filter) (report.Report, error)
}

// reportPages is the queue reports, in the browser (/admin/reports, its
// CSV at /admin/reports.csv) and the API (GET /api/v1/reports/queues):
// an agency admin sees their agencies' queues, a site admin every queue.
type reportPages struct{ *deps }

var errReportsOff = fmt.Errorf("%w: the reports are not kept by this hub", queue.ErrNotFound)

// reportFilter reads a report's filter from a query: period (day, week,
// month; the default) with date, or from and to; agency, service, clerk.
// It refuses an agency or a queue outside c's scope.
func (s reportPages) reportFilter(c queue.Clerk, q url.Values) (report.Filter, string, error) {
	var f report.Filter
	var today string
	s.eng.Read(func(st *queue.State) {
		today = st.Today(s.opts.Now())
		f.Scope = reportScope(c)
		if sv := q.Get("service"); sv != "" && !scopeHasService(st, f.Scope, sv) {
			f.Service = "\x00" // outside the scope: refused below
		} else {
			f.Service = sv
		}
	})
	f.Agency, f.Clerk = q.Get("agency"), q.Get("clerk")
	if f.Service == "\x00" || (f.Agency != "" && f.Scope != nil && !slices.Contains(f.Scope, f.Agency)) {
		return f, "", authz.ErrNotYours
	}
	period := q.Get("period")
	var err error
	switch {
	case q.Get("from") != "" || q.Get("to") != "":
		period, f.From, f.To = "custom", q.Get("from"), q.Get("to")
		err = checkRange(f.From, f.To)
	default:
		if period == "" {
			period = "month"
		}
		date := q.Get("date")
		if date == "" {
			date = today
		}
		f.From, f.To, err = report.Period(period, date)
	}
	if err != nil {
		return f, period, fmt.Errorf("%w: %w", queue.ErrInvalid, err)
	}
	return f, period, nil
}

func checkRange(from, to string) error {
	a, err1 := time.Parse(time.DateOnly, from)
	b, err2 := time.Parse(time.DateOnly, to)
	if err1 != nil || err2 != nil || b.Before(a) || b.Sub(a) > report.MaxDays*24*time.Hour {
		return report.ErrBadPeriod
	}
	return nil
}

// reportScope is the agencies whose queues c's reports cover: nil (every
// one) for a site admin, an agency admin's own otherwise (none if none).
func reportScope(c queue.Clerk) []string {
	if c.Role == queue.RoleSiteAdmin {
		return nil
	}
	return append([]string{}, c.Agencies...)
}

func scopeHasService(st *queue.State, scope []string, service string) bool {
	return slices.ContainsFunc(st.ServicesOf(scope), func(v queue.Service) bool { return v.ID == service }) &&
		(scope == nil || len(scope) > 0)
}

// compute is the report f chooses; errReportsOff if the hub keeps none.
func (s reportPages) compute(f report.Filter) (report.Report, error) {
	if s.opts.Reports == nil {
		return report.Report{}, errReportsOff
	}
	return s.opts.Reports.Report(f)
}

// reportErr says what went wrong with a report in the reader's language,
// with its HTTP status.
func reportErr(lang i18n.Lang, err error) (string, int) {
	if errors.Is(err, report.ErrNotReady) {
		return tr(lang, "rep.not_ready"), http.StatusServiceUnavailable
	}
	return errText(lang, err), status(err)
}
