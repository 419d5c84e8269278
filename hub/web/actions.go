package web

import (
	"errors"
	"fmt"
	"net/http"
	"slices"

	"vuoro/hub/queue"
)

// errForbidden is an action outside the user's queues.
var errForbidden = errors.New("web: not one of your queues")

// services returns the queues c may work on: their agencies' queues for a
// clerk, every queue of the site for advisors and admins.
func services(st *queue.State, c queue.Clerk) []queue.Service {
	if c.Role == queue.RoleClerk {
		return st.ServicesOf(c.Agencies)
	}
	return st.ServicesOf(nil)
}

func allowed(st *queue.State, c queue.Clerk, service string) bool {
	return slices.ContainsFunc(services(st, c), func(v queue.Service) bool { return v.ID == service })
}

// call calls the next citizen from service to the clerk's room.
func (s *Server) call(c queue.Clerk, service, room string) (queue.Ticket, error) {
	var ok bool
	s.eng.Read(func(st *queue.State) { ok = allowed(st, c, service) })
	if !ok {
		return queue.Ticket{}, fmt.Errorf("%w: %s", errForbidden, service)
	}
	if room == "" {
		return queue.Ticket{}, fmt.Errorf("%w: choose your room first", queue.ErrInvalid)
	}
	return s.eng.CallNext(c.Login, []string{service}, room)
}

// end ends a visit in one of the clerk's queues.
func (s *Server) end(c queue.Clerk, id uint64) (queue.Ticket, error) {
	var ok bool
	s.eng.Read(func(st *queue.State) {
		t, found := st.Ticket(id)
		ok = !found || allowed(st, c, t.Service)
	})
	if !ok {
		return queue.Ticket{}, errForbidden
	}
	return s.eng.End("clerk:"+c.Login, id)
}

// status maps an action's error to an HTTP status.
func status(err error) int {
	switch {
	case errors.Is(err, errForbidden):
		return http.StatusForbidden
	case errors.Is(err, queue.ErrNotFound):
		return http.StatusNotFound
	case errors.Is(err, queue.ErrInvalid):
		return http.StatusBadRequest
	case errors.Is(err, queue.ErrEmpty), errors.Is(err, queue.ErrBusy),
		errors.Is(err, queue.ErrRoomInUse), errors.Is(err, queue.ErrTransition), errors.Is(err, queue.ErrClosed):
		return http.StatusConflict
	}
	return http.StatusInternalServerError
}

// message says what went wrong in the console's language.
func message(err error) string {
	switch {
	case errors.Is(err, errForbidden):
		return "Jono ei kuulu sinun jonoihisi."
	case errors.Is(err, queue.ErrEmpty):
		return "Jonossa ei ole ketään."
	case errors.Is(err, queue.ErrBusy):
		return "Sinulla on jo asiakas palveltavana. Lopeta vierailu ensin."
	case errors.Is(err, queue.ErrRoomInUse):
		return "Huoneessa palvellaan jo toista asiakasta."
	case errors.Is(err, queue.ErrInvalid):
		return "Valitse ensin huoneesi."
	case errors.Is(err, queue.ErrNotFound):
		return "Asiakasta tai huonetta ei löytynyt."
	case errors.Is(err, queue.ErrTransition):
		return "Toiminto ei ole mahdollinen asiakkaan nykyisessä tilassa."
	}
	return "Toiminto epäonnistui. Yritä uudelleen."
}
