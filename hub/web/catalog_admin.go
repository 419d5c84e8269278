package web

import (
	"fmt"
	"maps"
	"strings"

	"vuoro/hub/queue"
	"vuoro/shared/wire"
)

// catalogActions are the site admin's actions on agencies, services and
// rooms.
var catalogActions = map[string]action{
	"add-agency":     {least: queue.RoleSiteAdmin, run: (*Server).addAgency},
	"update-agency":  {least: queue.RoleSiteAdmin, run: (*Server).updateAgency},
	"add-service":    {least: queue.RoleSiteAdmin, run: (*Server).addService},
	"update-service": {least: queue.RoleSiteAdmin, run: (*Server).updateService},
	"update-room":    {least: queue.RoleSiteAdmin, run: (*Server).updateRoom},
}

var (
	errCatalogID = fmt.Errorf("%w: an id of 1-40 characters a-z 0-9 - _", queue.ErrInvalid)
	errFiName    = fmt.Errorf("%w: a name in Finnish is needed", queue.ErrInvalid)
)

// namesOf reads names by language, trimmed; a Finnish one is needed.
func namesOf(in input) (map[string]string, error) {
	out := map[string]string{}
	for lang, n := range in.Names {
		if n = strings.TrimSpace(n); n != "" && (lang == "fi" || lang == "sv" || lang == "en") {
			out[lang] = n
		}
	}
	if out["fi"] == "" {
		return nil, errFiName
	}
	return out, nil
}

func agencyOf(in input) (queue.Agency, error) {
	a := queue.Agency{ID: strings.TrimSpace(in.Agency)}
	if !wire.ValidID(a.ID) {
		return a, errCatalogID
	}
	var err error
	a.Names, err = namesOf(in)
	return a, err
}

func (s *Server) addAgency(c queue.Clerk, in input) (outcome, error) {
	a, err := agencyOf(in)
	if err == nil {
		err = s.eng.AddAgency(actor(c), a)
	}
	return catalogDone(a, "done.agency_saved", a.ID, err)
}

func (s *Server) updateAgency(c queue.Clerk, in input) (outcome, error) {
	a, err := agencyOf(in)
	if err == nil {
		err = s.eng.UpdateAgency(actor(c), a)
	}
	return catalogDone(a, "done.agency_saved", a.ID, err)
}

func serviceOf(in input) (queue.ServiceUpdated, error) {
	v := queue.ServiceUpdated{ID: strings.TrimSpace(in.Service), Agency: in.Agency,
		Letter: strings.ToUpper(strings.TrimSpace(in.Letter)), MultiDay: in.MultiDay != nil && *in.MultiDay}
	if !wire.ValidID(v.ID) {
		return v, errCatalogID
	}
	var err error
	v.Names, err = namesOf(in)
	return v, err
}

func (s *Server) addService(c queue.Clerk, in input) (outcome, error) {
	v, err := serviceOf(in)
	if err == nil {
		err = s.eng.AddService(actor(c), queue.Service{ID: v.ID, Agency: v.Agency, Letter: v.Letter, Names: maps.Clone(v.Names), MultiDay: v.MultiDay})
	}
	return catalogDone(v, "done.service_saved", v.ID, err)
}

func (s *Server) updateService(c queue.Clerk, in input) (outcome, error) {
	v, err := serviceOf(in)
	if err == nil {
		err = s.eng.UpdateService(actor(c), v)
	}
	return catalogDone(v, "done.service_saved", v.ID, err)
}

// roomInput reads a room: its id, name, floor, capacity and attributes (one
// a line or separated by commas).
func roomInput(in input) (queue.Room, error) {
	r := queue.Room{ID: strings.TrimSpace(in.Room), Name: strings.TrimSpace(in.Name), Floor: in.Floor, Capacity: in.Capacity}
	for _, a := range in.Attributes {
		for part := range strings.SplitSeq(a, ",") {
			if part = strings.TrimSpace(part); part != "" {
				r.Attributes = append(r.Attributes, part)
			}
		}
	}
	if !wire.ValidID(r.ID) {
		return r, errRoomID
	}
	if r.Capacity < 0 {
		return r, fmt.Errorf("%w: a capacity of 0 or more", queue.ErrInvalid)
	}
	return r, nil
}

func (s *Server) updateRoom(c queue.Clerk, in input) (outcome, error) {
	r, err := roomInput(in)
	if err == nil {
		err = s.eng.UpdateRoom(actor(c), r)
	}
	return catalogDone(r, "done.room_saved", r.ID, err)
}

// catalogDone is the outcome of a catalogue action.
func catalogDone(v any, done, id string, err error) (outcome, error) {
	if err != nil {
		return outcome{}, err
	}
	return outcome{Value: v, Note: say(done, id)}, nil
}
