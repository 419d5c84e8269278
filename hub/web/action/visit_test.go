package action

import (
	"testing"

	"vuoro/hub/queue"
)

// A hub before masking stored messages and reasons as typed: the console
// masks them when it shows them, without changing the engine's copy.
func TestMaskedVisitMasksStoredText(t *testing.T) {
	t0 := queue.Ticket{Note: "kahdesti 010280-952L", Messages: []queue.Message{{Text: "asiakas010280-952lsoitti"}, {Text: "tulkki"}}}
	got := MaskedVisit(t0)
	if got.Note != "kahdesti 010280-****" || got.Messages[0].Text != "asiakas010280-****soitti" || got.Messages[1].Text != "tulkki" {
		t.Fatalf("masked visit = %+v", got)
	}
	if t0.Messages[0].Text != "asiakas010280-952lsoitti" {
		t.Fatal("masking changed the engine's copy of the messages")
	}
}
