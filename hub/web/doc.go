// Package web serves the clerks' console: server-rendered pages
// (html/template, assets embedded) and a JSON API under /api/v1 with the
// same actions and the same authorization.
//
// Browsers authenticate with a session cookie (cross-origin protection
// and a token with every form); API clients log in for a bearer token.
// Every action goes through the queue engine, which records it in the
// event log with its actor.
//
// Where things are:
//   - action/: every action, one typed request, one handler and one row
//     (role, agency scope, API routes, form name) each; action_form.go and
//     api.go run the rows from forms and from the API.
//   - authz/: who may do what on which queue or user.
//   - console*.go, pager.go, live.go, live_parts.go, feed.go, announce.go:
//     the clerk's queue view, paged, its booked appointments and its live
//     updates (queueView, live): the feed wakes only the streams an event
//     concerns; a stream gathers a burst, then sends the parts and rows
//     that changed.
//   - admin_*.go: the admin pages (adminPages); eventlog.go, logpage.go,
//     logfilter.go, logscope.go: the event log (logBrowser).
//   - api.go, api_reads.go: the JSON API (apiReads for its GETs).
//   - login*.go, session.go, browser.go: logins, sessions, the page guard.
//   - server.go, deps.go, routes.go, pages.go, frame.go: the assembly, the
//     dependencies every part shares, the routes and the pages' frame.
package web
