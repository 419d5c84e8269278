package action

import (
	"strings"

	"vuoro/hub/queue"
	"vuoro/shared/wire"
)

// roomReq is a service point: its id, name, floor, capacity and
// attributes (one a line or separated by commas).
type roomReq struct {
	Room       string   `json:"room"`
	Name       string   `json:"name"`
	Floor      int      `json:"floor"`
	Capacity   int      `json:"capacity"`
	Attributes []string `json:"attributes"` // "step-free", "display"
}

func (in roomReq) room() (queue.Room, error) {
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
		return r, errCapacity
	}
	return r, nil
}

// saved is the outcome of an action that saves a thing of the site: the
// thing, and a note naming it.
func saved(v any, done, id string, err error) (Outcome, error) {
	if err != nil {
		return Outcome{}, err
	}
	return Outcome{Value: v, Note: Say(done, id)}, nil
}
