package action

import (
	"slices"

	"vuoro/hub/queue"
	"vuoro/hub/web/authz"
	"vuoro/shared/hetu"
)

// visitDone is the outcome of an action on one visit: the visit, and a
// note of what was done to it.
func visitDone(t queue.Ticket, err error, done string) (Outcome, error) {
	if err != nil {
		return Outcome{}, err
	}
	return Outcome{Value: MaskedVisit(t), Note: Say(done, t.CallID)}, nil
}

// MaskedVisit is t with the personal identity codes in its messages and
// deletion reason masked; the engine stores them masked, but not the
// hubs before it did.
func MaskedVisit(t queue.Ticket) queue.Ticket {
	t.Note = hetu.MaskText(t.Note)
	t.Messages = slices.Clone(t.Messages)
	for i := range t.Messages {
		t.Messages[i].Text = hetu.MaskText(t.Messages[i].Text)
	}
	return t
}

// visitCmd adapts an engine command on one visit to an action's handler:
// its outcome is the visit, masked, and a note of done.
func visitCmd[R any](done string, cmd func(e *queue.Engine, actor string, r *R) (queue.Ticket, error)) func(*Deps, queue.Clerk, *R) (Outcome, error) {
	return func(d *Deps, c queue.Clerk, r *R) (Outcome, error) {
		t, err := cmd(d.Eng, authz.Actor(c), r)
		return visitDone(t, err, done)
	}
}
