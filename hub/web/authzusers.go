package web

import (
	"slices"

	"vuoro/hub/queue"
)

// manages reports whether admin c may create, disable or set the password
// of u: a site admin any user; an agency admin a user every agency of whom
// is theirs, who is no site admin and has not the all-queues grant.
func manages(c, u queue.Clerk) bool {
	switch c.Role {
	case queue.RoleSiteAdmin:
		return true
	case queue.RoleAdmin:
		return !siteWide(u) && len(u.Agencies) > 0 && subset(u.Agencies, c.Agencies)
	}
	return false
}

// seesUser reports whether admin c is shown user u: a site admin every
// user, an agency admin the users of their agencies.
func seesUser(c, u queue.Clerk) bool {
	return c.Role == queue.RoleSiteAdmin || (c.Role == queue.RoleAdmin && !siteWide(u) && overlaps(u.Agencies, c.Agencies))
}

// grantable are the roles and agencies c may give a user.
func grantable(st *queue.State, c queue.Clerk) ([]queue.Role, []queue.Agency) {
	roles := []queue.Role{queue.RoleClerk, queue.RoleAdvisor, queue.RoleAdmin}
	if c.Role == queue.RoleSiteAdmin {
		return append(roles, queue.RoleSiteAdmin), st.Agencies
	}
	var out []queue.Agency
	for _, a := range st.Agencies {
		if slices.Contains(c.Agencies, a.ID) {
			out = append(out, a)
		}
	}
	return roles, out
}

// userInScope checks that login is a user c manages.
func (s *Server) userInScope(c queue.Clerk, login string) error {
	var u queue.Clerk
	var known bool
	s.eng.Read(func(st *queue.State) { u, known = st.Clerks[login] })
	switch {
	case !known:
		return queue.ErrNotFound
	case !manages(c, u):
		return errNotYourUser
	}
	return nil
}

func subset(a, of []string) bool {
	return !slices.ContainsFunc(a, func(x string) bool { return !slices.Contains(of, x) })
}

func overlaps(a, b []string) bool {
	return slices.ContainsFunc(a, func(x string) bool { return slices.Contains(b, x) })
}
