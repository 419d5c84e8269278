package authz

import (
	"cmp"
	"maps"
	"slices"

	"vuoro/hub/queue"
)

// Manages reports whether admin c may create, disable or set the password
// of u: a site admin any user; an agency admin a user every agency of whom
// is theirs, who is no site admin and has not the all-queues grant.
func Manages(c, u queue.Clerk) bool {
	switch c.Role {
	case queue.RoleSiteAdmin:
		return true
	case queue.RoleAdmin:
		return !SiteWide(u) && len(u.Agencies) > 0 && subset(u.Agencies, c.Agencies)
	}
	return false
}

// SeesUser reports whether admin c is shown user u: a site admin every
// user, an agency admin the users of their agencies.
func SeesUser(c, u queue.Clerk) bool {
	return c.Role == queue.RoleSiteAdmin || (c.Role == queue.RoleAdmin && !SiteWide(u) && Overlaps(u.Agencies, c.Agencies))
}

// UsersSeen are the users admin c is shown, by login.
func UsersSeen(st *queue.State, c queue.Clerk) []queue.Clerk {
	out := slices.SortedFunc(maps.Values(st.Clerks), func(a, b queue.Clerk) int { return cmp.Compare(a.Login, b.Login) })
	return slices.DeleteFunc(out, func(u queue.Clerk) bool { return !SeesUser(c, u) })
}

// Grantable are the roles and agencies c may give a user.
func Grantable(st *queue.State, c queue.Clerk) ([]queue.Role, []queue.Agency) {
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

// SeesEvent reports whether admin c is shown an event about agencies: a
// site admin every event, an agency admin their agencies' events.
func SeesEvent(c queue.Clerk, agencies []string) bool {
	return c.Role == queue.RoleSiteAdmin || (c.Role == queue.RoleAdmin && Overlaps(agencies, c.Agencies))
}

// GrantOf returns the agencies a user belongs to; none for a site-wide
// user, whose events are the site's.
func GrantOf(c queue.Clerk) []string {
	if SiteWide(c) {
		return nil
	}
	return c.Agencies
}

func subset(a, of []string) bool {
	return !slices.ContainsFunc(a, func(x string) bool { return !slices.Contains(of, x) })
}

// Overlaps reports whether a and b share an agency.
func Overlaps(a, b []string) bool {
	return slices.ContainsFunc(a, func(x string) bool { return slices.Contains(b, x) })
}
