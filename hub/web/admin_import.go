package web

import (
	"errors"
	"net/http"

	"vuoro/hub/ical"
	"vuoro/hub/queue"
	"vuoro/hub/web/authz"
)

// importData is the admin's page for importing appointments from an
// iCalendar file into one of their queues.
type importData struct {
	view
	Services []option // the queues the admin sets up
	Problems ical.Problems
	NotICS   bool // the file was no iCalendar file at all
}

func (s adminPages) importPage(v view) (any, []uint64) {
	d := importData{view: v, Problems: v.problems}
	s.eng.Read(func(st *queue.State) {
		m := rowMaker{st: st, c: v.c, lang: v.Lang}
		for _, sv := range authz.Configurable(st, v.c) {
			d.Services = append(d.Services, option{ID: sv.ID, Name: m.serviceName(sv.ID), Selected: sv.ID == v.t.q.Get("service")})
		}
	})
	return d, nil
}

// importAppointments runs the import form: after a redirect saying how
// many were imported, or at once with the file's problems line by line
// (nothing of the file was imported).
func (s actionRoutes) importAppointments(w http.ResponseWriter, r *http.Request, se session, c queue.Clerk) {
	out, err := s.run("import-appointments", r, c)
	back := target{path: "/admin/import"}
	if err == nil {
		s.sess.Update(se.Token, func(d *clerkData) { d.Flash = out.Note })
		http.Redirect(w, r, back.String(), http.StatusSeeOther)
		return
	}
	v := s.viewOf(r, se, c, back)
	switch {
	case errors.As(err, &v.problems):
		v.Error = tr(v.Lang, "import.failed")
	case errors.Is(err, ical.ErrFile):
		v.Error = tr(v.Lang, "import.not_ics")
	default:
		v.Error = errText(v.Lang, err)
	}
	s.renderView(w, status(err), v)
}
