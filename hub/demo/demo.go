// Package demo seeds a hub with the service centre of the brief: the
// Lahti government office building, its six agencies and their services,
// eight shared service points and one console user per role: two agencies'
// clerks, a service advisor of every queue, the Tax Administration's admin
// and the site admin.
package demo

import (
	"fmt"

	"golang.org/x/crypto/bcrypt"

	"vuoro/hub/event"
	"vuoro/hub/queue"
)

// Password is every demo user's password. Demo data is for trying Vuoro
// out; a real installation creates its users in the admin view.
const Password = "vuoro-demo"

// Credentials stores password hashes.
type Credentials interface {
	SetCredential(login string, hash []byte) error
}

// Users are the demo logins, for printing at start.
var Users = []queue.Clerk{
	{Login: "vero", Name: "Maija Virtanen", Role: queue.RoleClerk, Agencies: []string{"vero"}},
	{Login: "kela", Name: "Pekka Korhonen", Role: queue.RoleClerk, Agencies: []string{"kela"}},
	{Login: "neuvoja", Name: "Aino Nieminen", Role: queue.RoleAdvisor, AllQueues: true},
	{Login: "admin", Name: "Juha Mäkinen", Role: queue.RoleAdmin, Agencies: []string{"vero"}},
	{Login: "paakayttaja", Name: "Sari Lehtonen", Role: queue.RoleSiteAdmin},
}

// Seed fills an empty hub with the demo site and reports whether it did;
// a hub that already has agencies is left as it is.
func Seed(e *queue.Engine, creds Credentials, siteID string) (bool, error) {
	return SeedCost(e, creds, siteID, bcrypt.DefaultCost)
}

// SeedCost is Seed with the bcrypt cost of the users' password hashes;
// tests pass bcrypt.MinCost to log in fast.
func SeedCost(e *queue.Engine, creds Credentials, siteID string, cost int) (bool, error) {
	empty := false
	e.Read(func(s *queue.State) { empty = len(s.Agencies) == 0 })
	if !empty {
		return false, nil
	}
	for _, step := range []func() error{
		func() error { return e.SetSite(event.ActorDemo, site(siteID)) },
		func() error { return each(agencies, func(a agency) error { return addAgency(e, a) }) },
		func() error { return each(rooms(), func(r queue.Room) error { return e.AddRoom(event.ActorDemo, r) }) },
		func() error { return each(Users, func(c queue.Clerk) error { return addUser(e, creds, c, cost) }) },
	} {
		if err := step(); err != nil {
			return false, fmt.Errorf("demo: %w", err)
		}
	}
	return true, nil
}

func each[T any](items []T, fn func(T) error) error {
	for _, it := range items {
		if err := fn(it); err != nil {
			return err
		}
	}
	return nil
}

func addAgency(e *queue.Engine, a agency) error {
	if err := e.AddAgency(event.ActorDemo, queue.Agency{ID: a.id, Names: a.names}); err != nil {
		return err
	}
	for _, s := range a.services {
		s.Agency = a.id
		if err := e.AddService(event.ActorDemo, s); err != nil {
			return err
		}
	}
	return nil
}

func addUser(e *queue.Engine, creds Credentials, c queue.Clerk, cost int) error {
	hash, err := bcrypt.GenerateFromPassword([]byte(Password), cost)
	if err != nil {
		return err
	}
	if err := creds.SetCredential(c.Login, hash); err != nil {
		return err
	}
	return e.AddClerk(event.ActorDemo, c)
}

func rooms() []queue.Room {
	out := make([]queue.Room, 8)
	for i := range out {
		out[i] = queue.Room{ID: fmt.Sprint(i + 1), Name: fmt.Sprintf("Aspa %d", i+1), Floor: 1}
	}
	return out
}
