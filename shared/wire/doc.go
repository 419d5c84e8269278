// Package wire is Vuoro's MQTT protocol: the topic tree and the JSON
// payloads exchanged between the hub and the devices (kiosks, queue
// displays, counter displays).
//
// Every payload carries the protocol version and a message id. The id makes
// delivery idempotent: a device that is not sure its message arrived sends
// the same id again and the hub answers it once. The package imports only the
// standard library so that every part of Vuoro can share it.
//
// Version history:
//
//	1 (2026-11-22): catalog, queue status, ticket request/reply, call,
//	  display snapshot, room state, device status, help request.
//	1 (2026-11-30): optional "visit" on calls, display snapshot lines and
//	  room state: the key of the visit, as call ids repeat across days.
//	  Payloads without it still decode.
//	1 (2026-11-30, additive): help state (retained per kiosk); a help
//	  request's ticket_request; the log identity in display snapshots and
//	  room states. Older peers ignore the new fields.
//	1 (2026-11-30, additive): the hub's heartbeat; a ticket request's
//	  deadline (in hub time); the kiosk's ticket cancel; the refusal codes
//	  expired and cancelled.
//	1 (2026-12-01, additive): check-in for an appointment at the kiosk
//	  (checkin request/reply): a keyed hash of the personal identity
//	  code, or a name and a time; new topics, so older peers are unaffected.
//	1 (2026-12-01, additive): a room state's status (closed, paused, open,
//	  called, serving); a state without it is read from its call id.
//	1 (2026-12-01, additive): a room state's recalls, so a recall reaches
//	  the counter display as a new state; older peers ignore it.
package wire

// Version is the protocol version this package speaks. A payload of any
// other version is rejected by Decode.
const Version = 1

// MaxPayload is the largest payload Decode accepts, in bytes.
const MaxPayload = 64 << 10
