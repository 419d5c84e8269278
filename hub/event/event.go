// Package event defines the hub's durable event, the unit of its
// append-only log, and the Journal that keeps a state made by events alone.
// The log is the truth: a state is whatever the events, replayed in order,
// make of it.
package event

import (
	"encoding/json"
	"time"
)

// Event is one change, recorded once and never altered.
type Event struct {
	Seq     uint64          `json:"seq"`   // position in the log, from 1; set by the log
	Time    time.Time       `json:"time"`  // when it happened, by the hub's clock
	Actor   string          `json:"actor"` // who did it: "clerk:maija", "kiosk:kiosk-1", "system"
	Kind    string          `json:"kind"`  // what happened: "ticket.issued", ...
	Payload json.RawMessage `json:"payload"`
}

// Actor names for the parts of the system that act by themselves.
const (
	ActorSystem = "system"
	ActorDemo   = "demo"
)
