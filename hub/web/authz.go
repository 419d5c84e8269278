package web

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

// may reports whether c's role is least or above.
func may(c queue.Clerk, least queue.Role) bool { return rank(c.Role) >= rank(least) }

// actor is how the event log names a console user.
func actor(c queue.Clerk) string { return "clerk:" + c.Login }

// siteWide reports whether c's grant is the whole site: a site admin, or
// a user with the all-queues grant.
func siteWide(c queue.Clerk) bool { return c.Role == queue.RoleSiteAdmin || c.AllQueues }

// services returns the queues c may work on: every queue of the site for
// a site-wide user, their agencies' queues otherwise, and none for a user
// of no agency.
func services(st *queue.State, c queue.Clerk) []queue.Service {
	switch {
	case siteWide(c):
		return st.ServicesOf(nil)
	case len(c.Agencies) == 0:
		return nil
	}
	return st.ServicesOf(c.Agencies)
}

func allowed(st *queue.State, c queue.Clerk, service string) bool {
	return slices.ContainsFunc(services(st, c), func(v queue.Service) bool { return v.ID == service })
}

// configurable returns the queues an admin sets up: every queue for a
// site admin, their agencies' queues for an agency admin.
func configurable(st *queue.State, c queue.Clerk) []queue.Service {
	switch {
	case c.Role == queue.RoleSiteAdmin:
		return st.ServicesOf(nil)
	case c.Role == queue.RoleAdmin && len(c.Agencies) > 0:
		return st.ServicesOf(c.Agencies)
	}
	return nil
}

// inScope checks that service is one of c's queues.
func (s *Server) inScope(c queue.Clerk, service string) error {
	var ok bool
	s.eng.Read(func(st *queue.State) { ok = allowed(st, c, service) })
	if !ok {
		return errNotYours
	}
	return nil
}

// ticketInScope checks that the visit exists and is in one of c's queues.
func (s *Server) ticketInScope(c queue.Clerk, id uint64) error {
	var err error
	s.eng.Read(func(st *queue.State) {
		t, found := st.Ticket(id)
		switch {
		case !found:
			err = queue.ErrNotFound
		case !allowed(st, c, t.Service):
			err = errNotYours
		}
	})
	return err
}
