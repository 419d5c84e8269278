package action

import (
	"slices"

	"vuoro/hub/queue"
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
