package web_test

import (
	"fmt"

	"golang.org/x/crypto/bcrypt"

	"vuoro/hub/demo"
	"vuoro/hub/queue"
)

// matrixAction is an action with the state it needs to succeed: args
// prepares that state for the user and returns the action's fields.
type matrixAction struct {
	name  string // the action
	what  string // the case, when an action has several
	least queue.Role
	needs []string // the agencies whose queues or users it touches
	api   string
	args  func(h *hub, login, room string) map[string]any
}

var seq int

func unique(prefix string) string { seq++; return fmt.Sprint(prefix, seq) }

const (
	clerk, advisor, admin, siteAdmin = queue.RoleClerk, queue.RoleAdvisor, queue.RoleAdmin, queue.RoleSiteAdmin
	veroQ, kelaQ                     = "vero-veroasiat", "kela-asiointi"
)

var (
	vero, kela, both = []string{"vero"}, []string{"kela"}, []string{"vero", "kela"}
	site             []string // no agency: the role alone decides
)

func (h *hub) waiting() uint64 { return h.waitingIn(veroQ) }

// openRoom puts a matrix user at their room; the anonymous user has none.
func (h *hub) openRoom(login, room string) {
	if login == "" {
		return
	}
	if err := h.eng.OpenRoom(login, room); err != nil {
		h.t.Fatal(err)
	}
}

func (h *hub) waitingIn(service string) uint64 { return issue(h.t, h.eng, service, 1)[0].ID }

// calledIn issues a ticket in service and has login (vero for nobody)
// call it.
func (h *hub) calledIn(service, login, room string) uint64 {
	if login == "" {
		login, room = "vero", "1"
	}
	id := h.waitingIn(service)
	if _, err := h.eng.CallTicket(login, id, room); err != nil {
		h.t.Fatal(err)
	}
	return id
}

func with(out, extra map[string]any) map[string]any {
	for k, v := range extra {
		out[k] = v
	}
	return out
}

func visitArgs(extra map[string]any) func(h *hub, login, room string) map[string]any {
	return visitIn(veroQ, extra)
}

func visitIn(service string, extra map[string]any) func(h *hub, login, room string) map[string]any {
	return func(h *hub, login, room string) map[string]any {
		return with(map[string]any{"ticket": h.calledIn(service, login, room)}, extra)
	}
}

func waitingArgs(extra map[string]any) func(h *hub, login, room string) map[string]any {
	return waitingIn(veroQ, extra)
}

func waitingIn(service string, extra map[string]any) func(h *hub, login, room string) map[string]any {
	return func(h *hub, _, _ string) map[string]any {
		return with(map[string]any{"ticket": h.waitingIn(service)}, extra)
	}
}

// newUserOf adds a user like c under a new login, with the demo password.
func (h *hub) newUserOf(c queue.Clerk) string {
	c.Login = unique("tmp")
	hash, _ := bcrypt.GenerateFromPassword([]byte(demo.Password), bcrypt.MinCost)
	if err := h.st.SetCredential(c.Login, hash); err != nil {
		h.t.Fatal(err)
	}
	if err := h.eng.AddClerk("system", c); err != nil {
		h.t.Fatal(err)
	}
	return c.Login
}

func newUserArgs(c queue.Clerk, extra map[string]any) func(h *hub, _, _ string) map[string]any {
	return func(h *hub, _, _ string) map[string]any { return with(map[string]any{"login": h.newUserOf(c)}, extra) }
}

func addUserArgs(role string, agencies []string, all bool) func(*hub, string, string) map[string]any {
	return func(*hub, string, string) map[string]any {
		return map[string]any{"login": unique("new"), "name": "Uusi Virkailija", "role": role, "agencies": agencies,
			"all_queues": all, "password": "pitkä salasana 1"}
	}
}

func configureArgs(service string) func(*hub, string, string) map[string]any {
	return func(*hub, string, string) map[string]any {
		return map[string]any{"service": service, "daily_cap": 200, "hours": map[string]string{"mon": "08:00-16:15"}}
	}
}

func bookingArgs(service string) func(h *hub, _, _ string) map[string]any {
	return func(h *hub, _, _ string) map[string]any { return map[string]any{"appointment": h.bookingIn(service)} }
}

// newPWOf sets a new password for a new user like c.
func newPWOf(c queue.Clerk) func(*hub, string, string) map[string]any {
	return newUserArgs(c, map[string]any{"password": "toinen pitkä salasana"})
}
