package action

import (
	"maps"
	"strings"

	"vuoro/hub/queue"
	"vuoro/hub/web/authz"
	"vuoro/shared/wire"
)

// The site admin's catalogue: agencies, services and rooms, added and
// changed.

var (
	_ = define(Action{Name: "add-agency", Least: queue.RoleSiteAdmin, Scope: []Scope{Site},
		Routes: []string{"POST /api/v1/agencies"}}, saves(agencyReq.agency, (*queue.Engine).AddAgency, "done.agency_saved"))
	_ = define(Action{Name: "update-agency", Least: queue.RoleSiteAdmin, Scope: []Scope{Site},
		Routes: []string{"PUT /api/v1/agencies/{agency}"}}, saves(agencyReq.agency, (*queue.Engine).UpdateAgency, "done.agency_saved"))
	_ = define(Action{Name: "add-service", Least: queue.RoleSiteAdmin, Scope: []Scope{Site},
		Routes: []string{"POST /api/v1/services"}}, saves(serviceReq.update, addService, "done.service_saved"))
	_ = define(Action{Name: "update-service", Least: queue.RoleSiteAdmin, Scope: []Scope{Site},
		Routes: []string{"PUT /api/v1/services/{service}"}}, saves(serviceReq.update, (*queue.Engine).UpdateService, "done.service_saved"))
	_ = define(Action{Name: "add-room", Least: queue.RoleSiteAdmin, Scope: []Scope{Site},
		Routes: []string{"POST /api/v1/rooms"}}, saves(roomReq.room, (*queue.Engine).AddRoom, "done.room_added"))
	_ = define(Action{Name: "update-room", Least: queue.RoleSiteAdmin, Scope: []Scope{Site},
		Routes: []string{"PUT /api/v1/rooms/{room}"}}, saves(roomReq.room, (*queue.Engine).UpdateRoom, "done.room_saved"))
)

// saves adapts reading a thing of the catalogue from a request, and an
// engine command that saves it, to an action's handler.
// read returns the thing and its id.
func saves[R, T any](read func(R) (T, string, error), save func(*queue.Engine, string, T) error, done string) func(*Deps, queue.Clerk, *R) (Outcome, error) {
	return func(d *Deps, c queue.Clerk, r *R) (Outcome, error) {
		v, id, err := read(*r)
		if err == nil {
			err = save(d.Eng, authz.Actor(c), v)
		}
		return named(v, done, id, err)
	}
}

func addService(e *queue.Engine, actor string, v queue.ServiceUpdated) error {
	return e.AddService(actor, queue.Service{ID: v.ID, Agency: v.Agency, Letter: v.Letter, Names: maps.Clone(v.Names), MultiDay: v.MultiDay})
}

// names are a thing's names by language, "fi", "sv" and "en"; a Finnish
// one is needed.
type names struct {
	Names map[string]string `json:"names"`
}

func (in names) trimmed() (map[string]string, error) {
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

// agencyReq is an agency: its id and names.
type agencyReq struct {
	Agency string `json:"agency"`
	names
}

func (in agencyReq) agency() (queue.Agency, string, error) {
	a := queue.Agency{ID: strings.TrimSpace(in.Agency)}
	if !wire.ValidID(a.ID) {
		return a, a.ID, errCatalogID
	}
	var err error
	a.Names, err = in.trimmed()
	return a, a.ID, err
}

// serviceReq is a service: its id, agency, letter, names and whether it
// runs over several days.
type serviceReq struct {
	Service  string `json:"service"`
	Agency   string `json:"agency"`
	Letter   string `json:"letter"` // the call id's prefix
	MultiDay *bool  `json:"multi_day"`
	names
}

func (in serviceReq) update() (queue.ServiceUpdated, string, error) {
	v := queue.ServiceUpdated{ID: strings.TrimSpace(in.Service), Agency: in.Agency,
		Letter: strings.ToUpper(strings.TrimSpace(in.Letter)), MultiDay: in.MultiDay != nil && *in.MultiDay}
	if !wire.ValidID(v.ID) {
		return v, v.ID, errCatalogID
	}
	var err error
	v.Names, err = in.trimmed()
	return v, v.ID, err
}

// roomReq is a service point: its id, name, floor, capacity and
// attributes (one a line or separated by commas).
type roomReq struct {
	Room       string   `json:"room"`
	Name       string   `json:"name"`
	Floor      int      `json:"floor"`
	Capacity   int      `json:"capacity"`
	Attributes []string `json:"attributes"` // "step-free", "display"
	Area       string   `json:"area"`       // its building
	Number     string   `json:"number"`     // its number in the building: "1001"
	Group      string   `json:"group"`      // its resource group
	Agencies   []string `json:"agencies"`   // whose own point it is
	// WaitingArea is the waiting area whose displays show its calls.
	WaitingArea string `json:"waiting_area"`
}

func (in roomReq) room() (queue.Room, string, error) {
	r := queue.Room{ID: strings.TrimSpace(in.Room), Name: strings.TrimSpace(in.Name), Floor: in.Floor, Capacity: in.Capacity,
		Area: strings.TrimSpace(in.Area), Number: strings.TrimSpace(in.Number), Group: strings.TrimSpace(in.Group),
		Attributes: listOf(in.Attributes), Agencies: listOf(in.Agencies), WaitingArea: strings.TrimSpace(in.WaitingArea)}
	if !wire.ValidID(r.ID) {
		return r, r.ID, errRoomID
	}
	if r.Capacity < 0 {
		return r, r.ID, errCapacity
	}
	return r, r.ID, nil
}

// listOf is a list's entries, one a line or separated by commas.
func listOf(in []string) []string {
	var out []string
	for _, a := range in {
		for part := range strings.SplitSeq(a, ",") {
			if part = strings.TrimSpace(part); part != "" {
				out = append(out, part)
			}
		}
	}
	return out
}
