// Package queue is the hub's queue engine: the site's configuration
// (agencies, services, rooms, clerks) and every visit's life, from the
// ticket a kiosk issues to the end of the visit at a service point.
//
// Every change is decided against the current state and applied, and its
// caller answered only once it is written to the event log (a failed write
// rebuilds the state from the log); on start the state is loaded from the
// log's snapshot (snapshot.go) and the events after it, or by replaying the
// whole log. The engine is plain Go with an injected clock: it knows
// nothing of bbolt, MQTT or HTTP. What the state keeps of days gone by is
// in archive.go.
//
// Each kind of event has a Go payload type (events.go). An event is decoded
// once, by Decode, when it is checked before it is appended or replayed;
// appliers and observers get the typed payload. Readers of the stored log
// use Decode too, and switch on the payload's type.
//
// Adding a kind of event: a Kind constant and a payload type with its Kind
// method in events.go, and an applier row in apply.go.
package queue
