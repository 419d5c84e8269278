package web

import (
	"io/fs"
	"net/http"

	"vuoro/hub/queue"
	"vuoro/hub/web/action"
)

// routes are every address of the console: its pages, its forms, its
// live streams and its API.
func routes(d *deps) *http.ServeMux {
	mux := http.NewServeMux()
	static, _ := fs.Sub(staticFS, "static")
	mux.Handle("GET /static/", d.site.Static("/static/", static))
	mux.HandleFunc("GET /{$}", redirectTo("/console"))
	mux.HandleFunc("GET /admin", redirectTo("/admin/queues"))
	in := logins{d}
	mux.HandleFunc("GET /login", in.loginPage)
	mux.HandleFunc("POST /login", in.login)
	mux.HandleFunc("POST /logout", d.page(queue.RoleClerk, in.logout))
	mux.HandleFunc("GET /console/events", d.page(queue.RoleClerk, live{d}.stream))
	mux.HandleFunc("GET /admin/log.csv", d.page(queue.RoleAdmin, logBrowser{d}.export))
	for path, p := range pages {
		mux.HandleFunc("GET "+path, d.page(p.least, d.show(path)))
	}
	acts := actionRoutes{d}
	mux.HandleFunc("GET /admin/reports.csv", d.page(queue.RoleAdmin, reportPages{d}.csv))
	mux.HandleFunc("POST /console/room", d.page(queue.RoleClerk, acts.chooseRoom))
	mux.HandleFunc("POST /console/enrol-device", d.page(queue.RoleClerk, acts.enrolDevice))
	mux.HandleFunc("POST /console/configure-device", d.page(queue.RoleClerk, acts.configureDevice))
	mux.HandleFunc("POST /console/import-appointments", d.page(queue.RoleClerk, acts.importAppointments))
	mux.HandleFunc("POST /console/create-feed", d.page(queue.RoleClerk, acts.createFeed))
	mux.HandleFunc("POST /console/{action}", d.page(queue.RoleClerk, acts.form))
	for _, a := range action.All() {
		for _, pattern := range a.Routes {
			mux.HandleFunc(pattern, d.api(queue.RoleClerk, acts.api(a, pattern)))
		}
	}
	reads := apiReads{d}
	mux.HandleFunc("GET /ics/{token}", d.icsFeed)
	mux.HandleFunc("POST /api/v1/login", in.apiLogin)
	mux.HandleFunc("POST /api/v1/logout", d.api(queue.RoleClerk, in.apiLogout))
	mux.HandleFunc("GET /api/v1/queues", d.api(queue.RoleClerk, reads.queues))
	mux.HandleFunc("GET /api/v1/appointments", d.api(queue.RoleClerk, reads.appointments))
	mux.HandleFunc("GET /api/v1/points", d.api(queue.RoleClerk, reads.points))
	mux.HandleFunc("GET /api/v1/help", d.api(queue.RoleAdvisor, reads.help))
	mux.HandleFunc("GET /api/v1/device-alerts", d.api(queue.RoleAdvisor, reads.deviceAlerts))
	mux.HandleFunc("GET /api/v1/users", d.api(queue.RoleAdmin, reads.users))
	mux.HandleFunc("GET /api/v1/events", d.api(queue.RoleAdmin, reads.events))
	mux.HandleFunc("GET /api/v1/reports/queues", d.api(queue.RoleAdmin, reportPages{d}.queues))
	mux.HandleFunc("GET /api/v1/devices", d.api(queue.RoleSiteAdmin, reads.devices))
	return mux
}

func redirectTo(path string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, path, http.StatusSeeOther) }
}
