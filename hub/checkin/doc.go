// Package checkin matches a citizen at the kiosk to one of the day's
// appointments: by the keyed hash of the personal identity code read from
// a card (exactly), or by a typed name and time (tolerantly: case, accents,
// name order and middle names do not matter, and the time may be 15
// minutes off). Two appointments that fit are ambiguous: the service
// advisor sorts them out. It is pure: the caller hands it the appointments
// and the site's key, and issues the ticket itself.
package checkin
