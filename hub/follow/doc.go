// Package follow serves the citizen's own pages on the hub, with no login:
// /follow/{token}, a ticket followed on a phone (number, place in the
// queue, estimated wait, and the call to a room the moment it is made,
// pushed by Server-Sent Events), with "I am leaving"; and /join/{code},
// the kiosk's check-in on a phone, reached from the QR code of the queue
// display, whose code changes every minute (JoinCode), so only people in
// the waiting room can join. The follow page is the ticket.
//
// The pages show no personal data: a visit is known by its call id.
package follow
