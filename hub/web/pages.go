package web

import (
	"net/url"
	"time"

	"vuoro/hub/ical"
	"vuoro/hub/queue"
	"vuoro/hub/web/action"
)

// target is a page to show: its path and query.
type target struct {
	path string
	q    url.Values
}

func (t target) String() string {
	if len(t.q) == 0 {
		return t.path
	}
	return t.path + "?" + t.q.Encode()
}

// view is one showing of a page: the frame, built, and who asked.
type view struct {
	page
	se session
	c  queue.Clerk
	t  target
	// enrolled is the device just enrolled, whose one-time code the
	// answer to the enrolment shows (never kept in the session).
	enrolled *action.Enrolment
	hub      string // the hub's address the device enrols at
	// problems are why the .ics file just uploaded was not imported, by
	// line; feedURL is the secret address of the calendar feed just
	// made, shown in the answer this once.
	problems ical.Problems
	feedURL  string
	// typed is a form the hub refused, shown again as the user typed it.
	typed url.Values
}

// pageDef is a page of the console. build returns the template's data
// and the visits whose personal data it shows unmasked.
type pageDef struct {
	least queue.Role
	tmpl  string
	title string // catalogue key
	live  string // the template a live stream renders; "" for none
	build func(d *deps, v view) (any, []uint64)
}

// on makes a page's build of a method of one part of the console.
func on[P ~struct{ *deps }](build func(P, view) (any, []uint64)) func(*deps, view) (any, []uint64) {
	return func(d *deps, v view) (any, []uint64) { return build(P{d}, v) }
}

// pages are the console's pages by path.
var pages map[string]pageDef

func init() {
	pages = map[string]pageDef{
		"/console":              {queue.RoleClerk, "console.html", "title.console", "console-live", on(queueView.consolePage)},
		"/console/appointments": {queue.RoleClerk, "appointments.html", "title.appointments", "appointments-live", on(queueView.appointmentsPage)},
		"/console/oversight":    {queue.RoleAdvisor, "oversight.html", "title.oversight", "oversight-live", on(queueView.oversightPage)},
		"/console/points":       {queue.RoleClerk, "points.html", "title.points", "", on(queueView.pointsPage)},
		"/console/feeds":        {queue.RoleClerk, "feeds.html", "title.feeds", "", on(queueView.feedsPage)},
		"/admin/import":         {queue.RoleAdmin, "admin_import.html", "title.import", "", on(adminPages.importPage)},
		"/admin/queues":         {queue.RoleAdmin, "admin_queues.html", "title.queues", "", on(adminPages.queuesPage)},
		"/admin/users":          {queue.RoleAdmin, "admin_users.html", "title.users", "", on(adminPages.usersPage)},
		"/admin/rooms":          {queue.RoleSiteAdmin, "admin_rooms.html", "title.rooms", "", on(adminPages.roomsPage)},
		"/admin/site":           {queue.RoleSiteAdmin, "admin_site.html", "title.site", "", on(adminPages.sitePage)},
		"/admin/params":         {queue.RoleAdmin, "admin_params.html", "title.params", "", on(adminPages.paramsPage)},
		"/admin/log":            {queue.RoleAdmin, "eventlog.html", "title.log", "", on(logBrowser.logPage)},
		"/admin/reports":        {queue.RoleAdmin, "reports.html", "title.reports", "", on(reportPages.reportsPage)},
		"/admin/agencies":       {queue.RoleSiteAdmin, "admin_agencies.html", "title.agencies", "", on(adminPages.agenciesPage)},
		"/admin/services":       {queue.RoleSiteAdmin, "admin_services.html", "title.services", "", on(adminPages.servicesPage)},
		"/admin/devices":        {queue.RoleSiteAdmin, "admin_devices.html", "title.devices", "", on(adminPages.devicesPage)},
	}
}

// advisorNav is the navigation of an advisor, who opens no admin page.
var advisorNav = []string{"/console", "/console/oversight"}

// liveEvery are the pages whose live stream measures them again this
// often, with no event: what they show changes with the time.
var liveEvery = map[string]time.Duration{"/console/oversight": oversightEvery}

// adminNav lists the admin pages in the order of the navigation; each
// admin sees the ones their role may open.
var adminNav = []string{"/console", "/console/oversight", "/admin/queues", "/admin/import", "/admin/users", "/admin/agencies", "/admin/services", "/admin/rooms", "/admin/devices", "/admin/site", "/admin/params", "/admin/log", "/admin/reports"}
