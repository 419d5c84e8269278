package action

import (
	"fmt"

	"vuoro/hub/queue"
	"vuoro/hub/web/authz"
)

// Scope is what of the user's an action's request must fall in: the
// request names it (a visit, a queue, an appointment, a user) through a
// method of one of its fields.
type Scope struct {
	Name  string
	fits  func(req any) bool
	check func(d *Deps, c queue.Clerk, req any) error
}

// The scopes of the console's actions.
var (
	// Site: the role alone decides (help requests, the site's catalogue).
	Site = Scope{"site", func(any) bool { return true }, func(*Deps, queue.Clerk, any) error { return nil }}
	// VisitQueue: the visit exists and is in one of the user's queues.
	VisitQueue = Scope{"the visit's queue", fits[onVisit], func(d *Deps, c queue.Clerk, req any) error {
		return d.visitInScope(c, req.(onVisit).visit())
	}}
	// ServiceQueue: the queue is one of the user's.
	ServiceQueue = Scope{"the service's queue", fits[onService], func(d *Deps, c queue.Clerk, req any) error {
		return d.inScope(c, req.(onService).service())
	}}
	// TargetQueue: the queue a visit goes to is one of the user's.
	TargetQueue = Scope{"the target queue", fits[onTarget], func(d *Deps, c queue.Clerk, req any) error {
		return d.inScope(c, req.(onTarget).target())
	}}
	// ConfiguredQueue: the queue is one the admin sets up.
	ConfiguredQueue = Scope{"a queue the admin sets up", fits[onService], func(d *Deps, c queue.Clerk, req any) error {
		return d.configures(c, req.(onService).service())
	}}
	// AppointmentQueue: the appointment is booked in one of the user's queues.
	AppointmentQueue = Scope{"the appointment's queue", fits[onAppointment], func(d *Deps, c queue.Clerk, req any) error {
		id := req.(onAppointment).appointment()
		service, ok := BookedService(d.Store, id)
		if !ok {
			return fmt.Errorf("%w: appointment %d", queue.ErrNotFound, id)
		}
		return d.inScope(c, service)
	}}
	// FeedOwner: the calendar feed is the user's own, or a service point's
	// and the user an admin.
	FeedOwner = Scope{"the feed's owner", fits[onFeed], func(d *Deps, c queue.Clerk, req any) error {
		kind, of, err := req.(onFeed).feedOf(d)
		if err != nil {
			return err
		}
		return mayFeed(c, kind, of)
	}}
	// UserOrSelf: the user exists and is one the admin manages, or the
	// admin themselves.
	UserOrSelf = Scope{"the user's agencies", fits[onUser], func(d *Deps, c queue.Clerk, req any) error {
		return d.userInScope(c, req.(onUser).user())
	}}
	// NewUser: the user, the role and the grant a request makes are within
	// the admin's agencies.
	NewUser = Scope{"the admin's agencies", fits[makesUser], func(_ *Deps, c queue.Clerk, req any) error {
		if !authz.Manages(c, req.(makesUser).newUser()) {
			return authz.ErrNotYourUser
		}
		return nil
	}}
)

func fits[I any](req any) bool { _, ok := req.(I); return ok }

type (
	onVisit       interface{ visit() uint64 }
	onService     interface{ service() string }
	onTarget      interface{ target() string }
	onAppointment interface{ appointment() uint64 }
	onUser        interface{ user() string }
	onFeed        interface {
		feedOf(d *Deps) (queue.FeedKind, string, error)
	}
	makesUser interface{ newUser() queue.Clerk }
)

// visitRef is the field of a request on one visit.
type visitRef struct {
	Ticket uint64 `json:"ticket"`
}

func (v visitRef) visit() uint64 { return v.Ticket }

// queueRef is the field of a request on one queue.
type queueRef struct {
	Service string `json:"service"`
}

func (q queueRef) service() string { return q.Service }

// appointmentRef is the field of a request on one appointment.
type appointmentRef struct {
	Appointment uint64 `json:"appointment"`
}

func (a appointmentRef) appointment() uint64 { return a.Appointment }

// userRef is the field of a request on one console user.
type userRef struct {
	Login string `json:"login"`
}

func (u userRef) user() string { return u.Login }

// inScope checks that service is one of c's queues.
func (d *Deps) inScope(c queue.Clerk, service string) error {
	return d.queueOf(c, service, authz.Allowed)
}

// configures checks that service is a queue c sets up.
func (d *Deps) configures(c queue.Clerk, service string) error {
	return d.queueOf(c, service, authz.Configures)
}

func (d *Deps) queueOf(c queue.Clerk, service string, rule func(*queue.State, queue.Clerk, string) bool) error {
	var ok bool
	d.Eng.Read(func(st *queue.State) { ok = rule(st, c, service) })
	if !ok {
		return authz.ErrNotYours
	}
	return nil
}

func (d *Deps) visitInScope(c queue.Clerk, id uint64) error {
	var err error
	d.Eng.Read(func(st *queue.State) {
		t, found := st.Ticket(id)
		switch {
		case !found:
			err = queue.ErrNotFound
		case !authz.Allowed(st, c, t.Service):
			err = authz.ErrNotYours
		}
	})
	return err
}

// userInScope checks that login is c, or a user c manages.
func (d *Deps) userInScope(c queue.Clerk, login string) error {
	if login == c.Login {
		return nil
	}
	var u queue.Clerk
	var known bool
	d.Eng.Read(func(st *queue.State) { u, known = st.Clerks[login] })
	switch {
	case !known:
		return queue.ErrNotFound
	case !authz.Manages(c, u):
		return authz.ErrNotYourUser
	}
	return nil
}

// BookedService returns the queue of an appointment, from the event that
// booked it: an appointment's id is that event's sequence number.
func BookedService(st Store, id uint64) (string, bool) {
	evs, err := st.Events(max(id, 1)-1, 1)
	if err != nil || len(evs) == 0 || evs[0].Seq != id {
		return "", false
	}
	p, _ := queue.Decode(evs[0])
	v, ok := p.(queue.AppointmentBooked)
	return v.Service, ok
}
