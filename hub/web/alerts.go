package web

import (
	"errors"
	"time"

	"vuoro/hub/queue"
)

// alert is a kiosk's call for help that is not closed yet: open, or taken
// by an advisor who is on the way.
type alert struct {
	Seq    uint64    `json:"id"`
	Device string    `json:"device"`
	At     time.Time `json:"at"`
	State  string    `json:"state"` // "open" or "taken"
	Clock  string    `json:"-"`
}

// Taken reports whether an advisor has acknowledged the request.
func (a alert) Taken() bool { return a.State == string(queue.HelpStatusTaken) }

func alertOf(h queue.Help, loc *time.Location) alert {
	return alert{Seq: h.ID, Device: h.Device, At: h.At, State: string(h.Status), Clock: clock(h.At, loc)}
}

// alertsOf returns the engine's help requests not yet closed, oldest
// first. It runs inside Engine.Read.
func alertsOf(st *queue.State) []alert {
	out := []alert{}
	for _, h := range st.OpenHelp() {
		out = append(out, alertOf(h, st.Location()))
	}
	return out
}

// ackHelp takes an open help request from a kiosk: the advisor is on the way.
func (s *Server) ackHelp(c queue.Clerk, in input) (outcome, error) {
	h, err := s.eng.AckHelp(actor(c), in.Help)
	return s.helpOutcome(h, err, "done.help_acked")
}

// closeHelp closes a help request, open or taken: the citizen was helped.
func (s *Server) closeHelp(c queue.Clerk, in input) (outcome, error) {
	h, err := s.eng.CloseHelp(actor(c), in.Help)
	return s.helpOutcome(h, err, "done.help_closed")
}

func (s *Server) helpOutcome(h queue.Help, err error, done string) (outcome, error) {
	if errors.Is(err, queue.ErrNotFound) {
		return outcome{}, errNoHelp
	}
	if err != nil {
		return outcome{}, err
	}
	var a alert
	s.eng.Read(func(st *queue.State) { a = alertOf(h, st.Location()) })
	return outcome{Value: a, Note: say(done, h.Device)}, nil
}
