package barcode

import (
	"strings"

	"vuoro/shared/hetu"
)

// Kind is what a scanned code is.
type Kind int

// The kinds of code Classify tells apart.
const (
	Unknown     Kind = iota
	PersonalID       // a Finnish personal identity code (henkilötunnus)
	Appointment      // an appointment reference: AppointmentPrefix and digits
)

// AppointmentPrefix starts the appointment references that Vuoro prints on
// booking confirmations: "VUORO-" then 1 to 20 decimal digits, the
// appointment's number.
const AppointmentPrefix = "VUORO-"

func (k Kind) String() string {
	switch k {
	case PersonalID:
		return "personal identity code"
	case Appointment:
		return "appointment reference"
	}
	return "unknown"
}

// Classify tells what code is. It keeps nothing and logs nothing: a
// personal identity code is recognised by its valid date and check
// character, and goes no further than the caller.
func Classify(code string) Kind {
	switch {
	case hetu.Valid(code):
		return PersonalID
	case appointmentRef(code):
		return Appointment
	}
	return Unknown
}

func appointmentRef(code string) bool {
	n, ok := strings.CutPrefix(code, AppointmentPrefix)
	if !ok || len(n) == 0 || len(n) > 20 {
		return false
	}
	return strings.Trim(n, "0123456789") == ""
}
