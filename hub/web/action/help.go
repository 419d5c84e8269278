package action

import (
	"errors"
	"time"

	"vuoro/hub/queue"
	"vuoro/hub/web/authz"
)

// helpReq names a kiosk's call for help.
type helpReq struct {
	Help uint64 `json:"help"`
}

// Alert is a kiosk's call for help that is not closed yet: open, or taken
// by an advisor who is on the way.
type Alert struct {
	Seq    uint64    `json:"id"`
	Device string    `json:"device"`
	At     time.Time `json:"at"`
	State  string    `json:"state"` // "open" or "taken"
	Clock  string    `json:"-"`
}

// Taken reports whether an advisor has acknowledged the request.
func (a Alert) Taken() bool { return a.State == string(queue.HelpStatusTaken) }

func alertOf(h queue.Help, loc *time.Location) Alert {
	return Alert{Seq: h.ID, Device: h.Device, At: h.At, State: string(h.Status), Clock: Clock(h.At, loc)}
}

// Alerts returns the engine's help requests not yet closed, oldest first.
// It runs inside Engine.Read.
func Alerts(st *queue.State) []Alert {
	out := []Alert{}
	for _, h := range st.OpenHelp() {
		out = append(out, alertOf(h, st.Location()))
	}
	return out
}

// ack-help takes an open help request from a kiosk: the advisor is on
// the way.
var _ = define(Action{Name: "ack-help", Least: queue.RoleAdvisor, Scope: []Scope{Site},
	Routes: []string{"POST /api/v1/help/{help}/ack"}},
	func(d *Deps, c queue.Clerk, r *helpReq) (Outcome, error) {
		h, err := d.Eng.AckHelp(authz.Actor(c), r.Help)
		return helpDone(d, h, err, "done.help_acked")
	})

// close-help closes a help request, open or taken: the citizen was
// helped.
var _ = define(Action{Name: "close-help", Least: queue.RoleAdvisor, Scope: []Scope{Site},
	Routes: []string{"POST /api/v1/help/{help}/close"}},
	func(d *Deps, c queue.Clerk, r *helpReq) (Outcome, error) {
		h, err := d.Eng.CloseHelp(authz.Actor(c), r.Help)
		return helpDone(d, h, err, "done.help_closed")
	})

// helpDone is the outcome of an action on a help request.
func helpDone(d *Deps, h queue.Help, err error, done string) (Outcome, error) {
	if errors.Is(err, queue.ErrNotFound) {
		return Outcome{}, ErrNoHelp
	}
	if err != nil {
		return Outcome{}, err
	}
	return Outcome{Value: alertOf(h, d.location()), Note: Say(done, h.Device)}, nil
}
