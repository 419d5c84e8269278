package web

import (
	"slices"
	"strings"

	"vuoro/hub/queue"
	"vuoro/hub/web/authz"
	"vuoro/shared/i18n"
)

// usersData is the admin's page of console users: the users they are
// shown, and the roles and grants they may give.
type usersData struct {
	view
	Users     []userRow
	Agencies  []option
	Roles     []option
	AllQueues bool // may give the all-queues grant
}

type userRow struct {
	queue.Clerk
	Self     bool
	Manage   bool // the admin may disable the user and set their password
	Agencies string
}

func (s adminPages) usersPage(v view) (any, []uint64) {
	d := usersData{view: v, AllQueues: v.c.Role == queue.RoleSiteAdmin}
	s.eng.Read(func(st *queue.State) {
		roles, agencies := authz.Grantable(st, v.c)
		for _, r := range roles {
			d.Roles = append(d.Roles, option{ID: string(r), Name: v.T("role." + string(r))})
		}
		for _, a := range agencies {
			d.Agencies = append(d.Agencies, option{ID: a.ID, Name: nameIn(a.Names, v.Lang, a.ID)})
		}
		for _, c := range authz.UsersSeen(st, v.c) {
			d.Users = append(d.Users, userRow{Clerk: c, Self: c.Login == v.c.Login, Manage: authz.Manages(v.c, c),
				Agencies: agencyNames(st, c, v.Lang)})
		}
	})
	return d, nil
}

// agencyNames names a user's agencies, and their all-queues grant.
func agencyNames(st *queue.State, c queue.Clerk, lang i18n.Lang) string {
	var out []string
	for _, a := range st.Agencies {
		if slices.Contains(c.Agencies, a.ID) {
			out = append(out, nameIn(a.Names, lang, a.ID))
		}
	}
	if c.AllQueues {
		out = append(out, tr(lang, "users.all_queues"))
	}
	return strings.Join(out, ", ")
}
