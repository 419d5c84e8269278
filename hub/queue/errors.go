package queue

import (
	"errors"
	"fmt"

	"vuoro/hub/event"
)

// Errors of rejected commands. They are wrapped with the detail; test with
// errors.Is.
var (
	ErrNotFound  = errors.New("queue: not found")
	ErrExists    = errors.New("queue: already exists")
	ErrInvalid   = errors.New("queue: invalid")
	ErrClosed    = errors.New("queue: service is not taking check-ins")
	ErrEmpty     = errors.New("queue: nobody is waiting")
	ErrBusy      = errors.New("queue: clerk is already serving a visit")
	ErrRoomInUse = errors.New("queue: room is serving another visit")
	// ErrRoomStaffed refuses a call to a room another clerk works in;
	// ErrNoRoom, a break or a close by a clerk who has no room open.
	ErrRoomStaffed = errors.New("queue: another clerk works in the room")
	ErrNoRoom      = errors.New("queue: the clerk has no room open")
	ErrTransition  = errors.New("queue: not allowed in the visit's state")
	ErrFull        = errors.New("queue: the day's tickets for this service are all given")
	ErrPaused      = errors.New("queue: the queue is paused")
	// ErrInUse refuses removing or re-lettering what open visits, booked
	// appointments or services still need.
	ErrInUse = errors.New("queue: still in use")
	// ErrTaken refuses booking a service point for a time it is already
	// booked, and reserving a point for an appointment when none of the
	// agency's points is free.
	ErrTaken = errors.New("queue: the service point is already booked then")
	// ErrInfoLine refuses a display's information line that is too long,
	// holds control characters or a personal identity code.
	ErrInfoLine = fmt.Errorf("%w: information line of at most 200 characters, with no personal identity code", ErrInvalid)
	// The refusals of a check-in by appointment (CheckInAppointment). A
	// too early check-in's error is a *TooEarlyError, which tells when
	// the window opens.
	ErrTooEarly             = errors.New("queue: too early for the appointment")
	ErrTooLate              = errors.New("queue: too late for the appointment: see the service advisor")
	ErrCheckedIn            = errors.New("queue: the appointment is already checked in")
	ErrAppointmentCancelled = errors.New("queue: the appointment was cancelled")
	ErrNoShowDone           = errors.New("queue: the appointment was marked a no-show")
	// ErrExpired refuses an enrolment code past its validity.
	ErrExpired = errors.New("queue: enrolment code expired")
	// ErrPastDeadline refuses a kiosk's ticket request decided after the
	// deadline it carries: the kiosk has given up on it.
	ErrPastDeadline = errors.New("queue: the request is past its deadline")
	// ErrCancelled refuses a kiosk's ticket request that its kiosk has
	// cancelled.
	ErrCancelled = errors.New("queue: the kiosk cancelled the request")
)

// ErrUnknownKind is an event of a kind this engine does not know: written
// by a newer hub, or not by a hub at all.
var ErrUnknownKind = event.ErrUnknownKind
