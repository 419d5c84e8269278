package authz

import (
	"slices"

	"vuoro/hub/queue"
)

// rank orders the roles: each may do what the ones below it may.
func rank(r queue.Role) int {
	switch r {
	case queue.RoleClerk:
		return 1
	case queue.RoleAdvisor:
		return 2
	case queue.RoleAdmin:
		return 3
	case queue.RoleSiteAdmin:
		return 4
	}
	return 0
}

// Known reports whether r is a role of the console.
func Known(r queue.Role) bool { return rank(r) > 0 }

// May reports whether c's role is least or above.
func May(c queue.Clerk, least queue.Role) bool { return rank(c.Role) >= rank(least) }

// Actor is how the event log names a console user.
func Actor(c queue.Clerk) string { return "clerk:" + c.Login }

// SiteWide reports whether c's grant is the whole site: a site admin, or
// a user with the all-queues grant.
func SiteWide(c queue.Clerk) bool { return c.Role == queue.RoleSiteAdmin || c.AllQueues }

// Services returns the queues c may work on: every queue of the site for
// a site-wide user, their agencies' queues otherwise, and none for a user
// of no agency.
func Services(st *queue.State, c queue.Clerk) []queue.Service {
	switch {
	case SiteWide(c):
		return st.ServicesOf(nil)
	case len(c.Agencies) == 0:
		return nil
	}
	return st.ServicesOf(c.Agencies)
}

// Allowed reports whether service is one of c's queues.
func Allowed(st *queue.State, c queue.Clerk, service string) bool {
	return has(Services(st, c), service)
}

// Configurable returns the queues an admin sets up: every queue for a
// site admin, their agencies' queues for an agency admin.
func Configurable(st *queue.State, c queue.Clerk) []queue.Service {
	switch {
	case c.Role == queue.RoleSiteAdmin:
		return st.ServicesOf(nil)
	case c.Role == queue.RoleAdmin && len(c.Agencies) > 0:
		return st.ServicesOf(c.Agencies)
	}
	return nil
}

// Configures reports whether service is a queue c sets up.
func Configures(st *queue.State, c queue.Clerk, service string) bool {
	return has(Configurable(st, c), service)
}

func has(svs []queue.Service, id string) bool {
	return slices.ContainsFunc(svs, func(v queue.Service) bool { return v.ID == id })
}
