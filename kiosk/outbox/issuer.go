package outbox

import (
	"fmt"
	"time"

	"vuoro/shared/wire"
)

// Issuer issues the kiosk's tickets from its blocks while the hub cannot
// be reached; it is the kiosk flow's Offline.
type Issuer struct {
	Box    *Outbox
	Device string
	Now    func() time.Time // time.Now if nil
}

// IssueOffline numbers a ticket of service from a block of today, in the
// site's zone (Europe/Helsinki if empty or unknown), and keeps it on disk
// until the hub acknowledges it.
func (i Issuer) IssueOffline(service, lang, zone string) (wire.Ticket, error) {
	now := i.now()
	t := wire.OfflineTicket{Header: wire.NewHeader(now), Device: i.Device, Service: service, Day: day(now, zone),
		CheckedIn: now.UTC(), Persons: 1, Lang: lang}
	t, err := i.Box.Take(t)
	if err != nil {
		return wire.Ticket{}, err
	}
	if err := t.Validate(); err != nil {
		return wire.Ticket{}, fmt.Errorf("outbox: %w", err)
	}
	return wire.Ticket{CallID: t.CallID, Service: service, Issued: t.CheckedIn, Offline: true, Request: t.ID}, nil
}

// Left returns how many numbers of service are left today.
func (i Issuer) Left(service, zone string) int { return i.Box.Left(day(i.now(), zone))[service] }

func (i Issuer) now() time.Time {
	if i.Now == nil {
		return time.Now()
	}
	return i.Now()
}

func day(now time.Time, zone string) string {
	loc, err := time.LoadLocation(zone)
	if zone == "" || err != nil {
		loc, err = time.LoadLocation("Europe/Helsinki")
	}
	if err != nil {
		loc = time.UTC
	}
	return now.In(loc).Format(time.DateOnly)
}
