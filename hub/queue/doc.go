// Package queue is the hub's queue engine: the site's configuration
// (agencies, services, rooms, clerks) and every visit's life, from the
// ticket a kiosk issues to the end of the visit at a service point.
//
// Every change is decided against the current state, written to the event
// log, and only then applied; on start the state is rebuilt by replaying the
// log. The engine is plain Go with an injected clock: it knows nothing of
// bbolt, MQTT or HTTP.
package queue
