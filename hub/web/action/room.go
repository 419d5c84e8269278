package action

import (
	"vuoro/hub/queue"
)

// roomOpenReq opens a room for the user to work in, as choosing it in
// the console's top bar does (queue.Engine.OpenRoom).
type roomOpenReq struct {
	Room string `json:"room"`
}

var _ = define(Action{Name: "room-open", Least: queue.RoleClerk, Scope: []Scope{Site},
	Routes: []string{"POST /api/v1/room/open"}},
	func(d *Deps, c queue.Clerk, r *roomOpenReq) (Outcome, error) {
		if err := d.Eng.OpenRoom(c.Login, r.Room); err != nil {
			return Outcome{}, err
		}
		return Outcome{Value: *r, Note: Say("done.room", r.Room)}, nil
	})

// roomPauseReq starts (paused) or ends the user's break at the room they
// work in; its answer is the same field.
type roomPauseReq struct {
	Paused bool `json:"paused"`
}

var _ = define(Action{Name: "room-pause", Least: queue.RoleClerk, Scope: []Scope{Site},
	Routes: []string{"POST /api/v1/room/pause"}},
	func(d *Deps, c queue.Clerk, r *roomPauseReq) (Outcome, error) {
		if err := d.Eng.PauseRoom(c.Login, r.Paused); err != nil {
			return Outcome{}, err
		}
		done := map[bool]string{true: "done.room_paused", false: "done.room_resumed"}[r.Paused]
		return Outcome{Value: *r, Note: Say(done)}, nil
	})

// roomCloseReq closes the room the user works in: they leave it.
type roomCloseReq struct{}

var _ = define(Action{Name: "room-close", Least: queue.RoleClerk, Scope: []Scope{Site},
	Routes: []string{"POST /api/v1/room/close"}},
	func(d *Deps, c queue.Clerk, _ *roomCloseReq) (Outcome, error) {
		if err := d.Eng.CloseRoom(c.Login, queue.RoomLeft); err != nil {
			return Outcome{}, err
		}
		return Outcome{Value: struct{}{}, Note: Say("done.room_closed")}, nil
	})
