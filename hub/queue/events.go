package queue

import (
	"time"

	"vuoro/hub/event"
)

// The kinds of event the engine writes. Each has a payload type below,
// whose Kind method names it, and a row in the appliers of apply.go.
const (
	KindSiteSet         = "site.set"
	KindAgencyAdded     = "agency.added"
	KindAgencyUpdated   = "agency.updated"
	KindAgencyRemoved   = "agency.removed"
	KindServiceAdded    = "service.added"
	KindServiceUpdated  = "service.updated"
	KindServiceSettings = "service.settings"
	KindServicePaused   = "service.paused"
	KindServiceRemoved  = "service.removed"
	KindRoomAdded       = "room.added"
	KindRoomUpdated     = "room.updated"
	KindRoomRemoved     = "room.removed"
	KindClerkAdded      = "clerk.added"
	KindClerkDisabled   = "clerk.disabled" // can no longer log in
	KindClerkPassword   = "clerk.password" // got a new password (kept outside the log)
	KindTicketIssued    = "ticket.issued"
	KindTicketCalled    = "ticket.called"
	KindTicketRecalled  = "ticket.recalled"
	KindVisitStarted    = "visit.started"
	KindVisitEnded      = "visit.ended"
	KindTicketNoShow    = "ticket.noshow"
	KindTicketReturned  = "ticket.returned"
	KindTicketHeld      = "ticket.held"
	KindTicketResumed   = "ticket.resumed"
	KindTicketMoved     = "ticket.transferred"
	KindTicketDeleted   = "ticket.deleted"
	KindVisitPersons    = "visit.persons"
	KindVisitPriority   = "visit.priority"
	KindVisitMessage    = "visit.message"
	// KindVisitLeft is a citizen ending their visit from the follow page.
	KindVisitLeft       = "visit.left"
	KindAppointmentBook = "appointment.booked"
	KindAppointmentDrop = "appointment.cancelled"
	// KindAppointmentNoShow marks an appointment nobody checked in for by
	// the end of its window (AppointmentNoShow).
	KindAppointmentNoShow = "appointment.noshow"
	// The calendar feeds (.ics) of a service point or a clerk, each behind
	// a secret token whose hash only is kept: created and revoked.
	KindFeedCreated      = "feed.created"
	KindFeedRevoked      = "feed.revoked"
	KindHelpRequested    = "kiosk.help"
	KindHelpAcked        = "kiosk.help.acked"  // an advisor went to answer
	KindHelpClosed       = "kiosk.help.closed" // an advisor has helped the citizen
	KindPersonalDataSeen = "personal.viewed"
	KindLogViewed        = "log.viewed"
	// KindPersonalErased records that the personal data of the visits and
	// appointments of the days before a cutoff was erased, from the state
	// and from the stored events.
	KindPersonalErased = "personal.erased"
	// KindDayClosed records the end of the site's day: every visit still
	// open expired, except the waiting and held visits of multi-day
	// services, which are carried over with their numbers.
	KindDayClosed = "day.closed"
	// The site's devices: enrolled with a one-time code, activated when
	// the code is exchanged for credentials, revoked. Codes and password
	// hashes are kept outside the log.
	KindDeviceEnrolled  = "device.enrolled"
	KindDeviceActivated = "device.activated"
	KindDeviceRevoked   = "device.revoked"
	// A device's health: an alert raised (a kiosk's printer near its end
	// or out of paper, a device offline in opening hours) and cleared when
	// the device recovers; the services a kiosk offers, whose agencies'
	// advisors see its alerts.
	KindDeviceAlerted      = "device.alert"
	KindDeviceAlertCleared = "device.alert.cleared"
	KindDeviceServices     = "device.services"
	// KindDeviceConfigured sets up an enrolled display: its waiting area,
	// languages, sound, information line (dispconfig.go).
	KindDeviceConfigured = "device.configured"
	// KindBlockGranted hands a kiosk a block of a service's numbers of the
	// day, to issue from while it cannot reach the hub (blocks.go).
	KindBlockGranted = "block.granted"
	// KindRequestCancelled records that a kiosk gave up on a ticket
	// request: the visit it got, if any, is void, and the request id is
	// refused until its day is closed.
	KindRequestCancelled = "kiosk.request.cancelled"
	// Service points booked by agencies (points_apply.go): booked for
	// one time or a series, one occurrence or the rest of a series
	// cancelled.
	KindPointBooked    = "point.booked"
	KindPointCancelled = "point.cancelled"
	// A clerk's session at a service point (roomsession.go): opened,
	// on a break and back (room.paused with paused true, then false),
	// closed with its reason. A room has at most one clerk.
	KindRoomOpened = "room.opened"
	KindRoomPaused = "room.paused"
	KindRoomClosed = "room.closed"
)

// Payload is the decoded payload of one of the engine's events: each kind
// has its own Go type, whose Kind method names it. Consumers switch on the
// type.
type Payload = event.Payload

// Decode decodes the payload of a stored event into the Go type of its
// kind. The JSON is what the hub has always written.
func Decode(ev event.Event) (Payload, error) { return appliers.Decode(ev) }

// VisitOf returns the visit an event is about, if any: the visit it issued
// or the visit its payload names.
func VisitOf(ev event.Event, p Payload) uint64 {
	if _, ok := p.(TicketIssued); ok {
		return ev.Seq
	}
	return RefsOf(p).Visit
}

// Refs are what a payload points at; zero where it points at nothing.
type Refs struct {
	Visit   uint64 // a ticket, by its id
	Service string // a queue
	To      string // the queue a visit moves to
	Help    uint64 // a help request, by the sequence number of its event
}

// RefsOf returns what p points at.
func RefsOf(p Payload) Refs {
	var r Refs
	if v, ok := p.(interface{ visit() uint64 }); ok {
		r.Visit = v.visit()
	}
	if v, ok := p.(interface{ service() string }); ok {
		r.Service = v.service()
	}
	switch v := p.(type) {
	case TicketMoved:
		r.To = v.To
	case HelpAcked:
		r.Help = v.Help
	case HelpClosed:
		r.Help = v.Help
	}
	return r
}

// The catalogue: the site, its agencies, queues and rooms.
type (
	SiteSet       struct{ Site }
	AgencyAdded   struct{ Agency }
	AgencyUpdated struct{ Agency }
	AgencyRemoved struct{ CatalogRef }
	ServiceAdded  struct{ Service }
	// ServiceUpdated is what describes a queue. Its settings and pause
	// have events of their own.
	ServiceUpdated struct {
		ID       string            `json:"id"`
		Agency   string            `json:"agency"`
		Letter   string            `json:"letter"`
		Names    map[string]string `json:"names"`
		MultiDay bool              `json:"multi_day,omitempty"`
	}
	ServiceSettings struct {
		Service  string   `json:"service"`
		Settings Settings `json:"settings"`
		MultiDay *bool    `json:"multi_day,omitempty"` // nil: unchanged
	}
	ServicePaused struct {
		Service string `json:"service"`
		Paused  bool   `json:"paused"`
	}
	ServiceRemoved struct{ CatalogRef }
	RoomAdded      struct{ Room }
	RoomUpdated    struct{ Room }
	RoomRemoved    struct{ CatalogRef }
	// CatalogRef names what a removal event removed.
	CatalogRef struct {
		ID string `json:"id"`
	}
)

// A clerk's session at a service point.
type (
	RoomOpened struct {
		Room  string `json:"room"`
		Clerk string `json:"clerk"`
	}
	RoomPaused struct {
		Room   string `json:"room"`
		Clerk  string `json:"clerk"`
		Paused bool   `json:"paused"`
	}
	// RoomClosed ends a clerk's session at a room, and says why; By is
	// the clerk who took the room over (RoomTakenOver).
	RoomClosed struct {
		Room   string      `json:"room"`
		Clerk  string      `json:"clerk"`
		Reason CloseReason `json:"reason"`
		By     string      `json:"by,omitempty"`
	}
)

// The console's users.
type (
	ClerkAdded    struct{ Clerk }
	ClerkDisabled struct{ ClerkRef }
	ClerkPassword struct{ ClerkRef }
	// ClerkRef is the user of a user event, and their role and grant when
	// it happened, so that the event log can tell whose agencies the event
	// concerns after the user is gone. Events written before the grant was
	// recorded carry only the login.
	ClerkRef struct {
		Login     string   `json:"login"`
		Role      Role     `json:"role,omitempty"`
		Agencies  []string `json:"agencies,omitempty"`
		AllQueues bool     `json:"all_queues,omitempty"`
	}
)

// A visit, from its ticket to its end.
type (
	TicketIssued struct {
		Service     string    `json:"service"`
		Number      int       `json:"number"`
		CallID      string    `json:"call_id"`
		Day         string    `json:"day"`
		RequestID   string    `json:"request_id,omitempty"`
		Device      string    `json:"device,omitempty"`
		Persons     int       `json:"persons"`
		Priority    bool      `json:"priority,omitempty"`
		Appointment uint64    `json:"appointment,omitempty"`
		At          time.Time `json:"at,omitzero"` // the appointment's time
		Person      *Person   `json:"person,omitempty"`
		// A ticket a kiosk issued from its block while offline (offline.go):
		// when it checked in, clamped; and, of a day over, that it expired.
		CheckedIn time.Time `json:"checked_in,omitzero"`
		Expired   bool      `json:"expired,omitempty"`
		// Follow is the hash of the visit's follow token (follow.go);
		// Estimate, its wait as the engine estimated it at check-in, if
		// known (estimate.go; zero if not).
		Follow   string   `json:"follow,omitempty"`
		Estimate Estimate `json:"estimate,omitzero"`
	}
	TicketCalled struct {
		Ticket uint64 `json:"ticket"`
		Room   string `json:"room"`
		Clerk  string `json:"clerk"`
		Reason string `json:"reason"`
	}
	TicketRecalled struct{ TicketRef }
	VisitStarted   struct{ TicketRef }
	VisitEnded     struct{ TicketRef }
	TicketNoShow   struct{ TicketRef }
	TicketReturned struct {
		Ticket    uint64 `json:"ticket"`
		KeepPlace bool   `json:"keep_place"`
	}
	TicketHeld    struct{ TicketRef }
	TicketResumed struct{ TicketRef }
	TicketMoved   struct {
		Ticket   uint64   `json:"ticket"`
		To       string   `json:"to"`
		Position Position `json:"position"`
	}
	TicketDeleted struct {
		Ticket uint64 `json:"ticket"`
		Reason string `json:"reason"`
	}
	VisitPersons struct {
		Ticket  uint64 `json:"ticket"`
		Persons int    `json:"persons"`
	}
	VisitPriority struct {
		Ticket   uint64 `json:"ticket"`
		Priority bool   `json:"priority"`
	}
	VisitMessage struct {
		Ticket uint64 `json:"ticket"`
		Text   string `json:"text"`
	}
	// TicketRef names the visit of the events that only name one.
	TicketRef struct {
		Ticket uint64 `json:"ticket"`
	}
)

// Position is where a transferred ticket goes in its new queue.
type Position string

// The positions of a transfer.
const (
	Front    Position = "front"
	End      Position = "end"
	Original Position = "original" // by its original check-in time
)

// Appointments, help at the kiosks, and oversight.
type (
	AppointmentBooked struct {
		Service string    `json:"service"`
		At      time.Time `json:"at"`
		Person  Person    `json:"person"`
		Minutes int       `json:"minutes,omitempty"`
		Clerk   string    `json:"clerk,omitempty"`
		Room    string    `json:"room,omitempty"`
		UID     string    `json:"uid,omitempty"` // imported from an iCalendar file with this UID
	}
	AppointmentNoShow struct {
		Appointment uint64 `json:"appointment"`
	}
	AppointmentRef struct {
		Appointment uint64 `json:"appointment"`
	}
	HelpRequested struct {
		Device    string `json:"device"`
		Screen    string `json:"screen"`
		Lang      string `json:"lang"`
		RequestID string `json:"request_id,omitempty"` // the kiosk's message id
		Ticket    uint64 `json:"ticket,omitempty"`     // the visit the kiosk issued just before
		Tracked   bool   `json:"tracked,omitempty"`    // open until closed, not only until acknowledged
	}
	// HelpAcked names the help request, by the sequence number of its
	// event, that an advisor went to answer.
	HelpAcked struct {
		Help uint64 `json:"help"`
	}
	HelpClosed struct {
		Help uint64 `json:"help"`
	}
	// PersonalDataSeen records who saw whose personal data, and where. The
	// data itself is not repeated.
	PersonalDataSeen struct {
		Ticket uint64 `json:"ticket,omitempty"`
		Where  string `json:"where"`
	}
	// LogViewed is which part of the event log an admin was shown. It
	// never holds personal data.
	LogViewed struct {
		Filter string `json:"filter"`
		Export bool   `json:"export,omitempty"` // downloaded as a file, not shown
	}
)

// Erased is the payload of KindPersonalErased and the outcome of
// ErasePersonalData. It holds counts only.
type Erased struct {
	// Before is the cutoff, a site-local date: the personal data of
	// visits and appointments of earlier days was erased.
	Before       string `json:"before"`
	Visits       int    `json:"visits"`       // visits whose data was erased
	Appointments int    `json:"appointments"` // bookings whose person was erased
	Events       int    `json:"events"`       // stored events rewritten
}

// DayClosed is the payload of KindDayClosed. Day is the last site-local day
// closed; any earlier day still open is closed with it (a hub that was off
// over a weekend closes Friday on Monday morning).
type DayClosed struct {
	Day     string   `json:"day"`
	Reason  string   `json:"reason"`
	Expired []uint64 `json:"expired,omitempty"` // visits ended with Reason, by id
	Carried []uint64 `json:"carried,omitempty"` // visits of multi-day services kept open, by id
}

// The device events: enrolled (a code was issued), activated (the code was
// exchanged for credentials), revoked.
type (
	DeviceEnrolled struct {
		Device  string     `json:"device"`
		Type    DeviceKind `json:"kind"`
		Room    string     `json:"room,omitempty"`
		Expires time.Time  `json:"expires"`
	}
	DeviceActivated struct{ DeviceRef }
	DeviceRevoked   struct{ DeviceRef }
	// DeviceRef names the device of a device event.
	DeviceRef struct {
		Device string `json:"device"`
	}
	// DeviceAlerted and DeviceAlertCleared name the device and the alert.
	DeviceAlerted struct {
		Device string    `json:"device"`
		Alert  AlertKind `json:"alert"`
	}
	DeviceAlertCleared struct {
		Device string    `json:"device"`
		Alert  AlertKind `json:"alert"`
	}
	// DeviceServices are the services a kiosk offers; none: every service
	// of the site.
	DeviceServices struct {
		Device   string   `json:"device"`
		Services []string `json:"services,omitempty"`
	}
)

func (DeviceAlerted) Kind() string      { return KindDeviceAlerted }
func (DeviceAlertCleared) Kind() string { return KindDeviceAlertCleared }
func (DeviceServices) Kind() string     { return KindDeviceServices }
func (DeviceConfigured) Kind() string   { return KindDeviceConfigured }

// DeviceConfigured is the payload of KindDeviceConfigured: the display's
// whole configuration, replacing the one before.
type DeviceConfigured struct {
	Device string `json:"device"`
	DisplayConfig
}

// RequestCancelled is the payload of KindRequestCancelled. Ticket is the
// visit the request got, voided (Deleted); 0 if the request had not reached
// the hub.
type RequestCancelled struct {
	RequestID string `json:"request_id"`
	Device    string `json:"device"`
	Ticket    uint64 `json:"ticket,omitempty"`
}

func (RequestCancelled) Kind() string { return KindRequestCancelled }

func (v RequestCancelled) visit() uint64 { return v.Ticket }

func (DeviceEnrolled) Kind() string  { return KindDeviceEnrolled }
func (DeviceActivated) Kind() string { return KindDeviceActivated }
func (DeviceRevoked) Kind() string   { return KindDeviceRevoked }

func (SiteSet) Kind() string           { return KindSiteSet }
func (AgencyAdded) Kind() string       { return KindAgencyAdded }
func (AgencyUpdated) Kind() string     { return KindAgencyUpdated }
func (AgencyRemoved) Kind() string     { return KindAgencyRemoved }
func (ServiceAdded) Kind() string      { return KindServiceAdded }
func (ServiceUpdated) Kind() string    { return KindServiceUpdated }
func (ServiceSettings) Kind() string   { return KindServiceSettings }
func (ServicePaused) Kind() string     { return KindServicePaused }
func (ServiceRemoved) Kind() string    { return KindServiceRemoved }
func (RoomAdded) Kind() string         { return KindRoomAdded }
func (RoomUpdated) Kind() string       { return KindRoomUpdated }
func (RoomRemoved) Kind() string       { return KindRoomRemoved }
func (ClerkAdded) Kind() string        { return KindClerkAdded }
func (ClerkDisabled) Kind() string     { return KindClerkDisabled }
func (ClerkPassword) Kind() string     { return KindClerkPassword }
func (TicketIssued) Kind() string      { return KindTicketIssued }
func (TicketCalled) Kind() string      { return KindTicketCalled }
func (TicketRecalled) Kind() string    { return KindTicketRecalled }
func (VisitStarted) Kind() string      { return KindVisitStarted }
func (VisitEnded) Kind() string        { return KindVisitEnded }
func (TicketNoShow) Kind() string      { return KindTicketNoShow }
func (TicketReturned) Kind() string    { return KindTicketReturned }
func (TicketHeld) Kind() string        { return KindTicketHeld }
func (TicketResumed) Kind() string     { return KindTicketResumed }
func (TicketMoved) Kind() string       { return KindTicketMoved }
func (TicketDeleted) Kind() string     { return KindTicketDeleted }
func (VisitPersons) Kind() string      { return KindVisitPersons }
func (VisitPriority) Kind() string     { return KindVisitPriority }
func (VisitMessage) Kind() string      { return KindVisitMessage }
func (AppointmentBooked) Kind() string { return KindAppointmentBook }
func (AppointmentRef) Kind() string    { return KindAppointmentDrop }
func (AppointmentNoShow) Kind() string { return KindAppointmentNoShow }
func (FeedCreated) Kind() string       { return KindFeedCreated }
func (FeedRevoked) Kind() string       { return KindFeedRevoked }
func (HelpRequested) Kind() string     { return KindHelpRequested }
func (HelpAcked) Kind() string         { return KindHelpAcked }
func (HelpClosed) Kind() string        { return KindHelpClosed }
func (PersonalDataSeen) Kind() string  { return KindPersonalDataSeen }
func (LogViewed) Kind() string         { return KindLogViewed }
func (Erased) Kind() string            { return KindPersonalErased }
func (DayClosed) Kind() string         { return KindDayClosed }
func (RoomOpened) Kind() string        { return KindRoomOpened }
func (RoomPaused) Kind() string        { return KindRoomPaused }
func (RoomClosed) Kind() string        { return KindRoomClosed }

// visit is the visit a payload names; zero for none.
func (v TicketRef) visit() uint64        { return v.Ticket }
func (v TicketCalled) visit() uint64     { return v.Ticket }
func (v TicketReturned) visit() uint64   { return v.Ticket }
func (v TicketMoved) visit() uint64      { return v.Ticket }
func (v TicketDeleted) visit() uint64    { return v.Ticket }
func (v VisitPersons) visit() uint64     { return v.Ticket }
func (v VisitPriority) visit() uint64    { return v.Ticket }
func (v VisitMessage) visit() uint64     { return v.Ticket }
func (v HelpRequested) visit() uint64    { return v.Ticket }
func (v PersonalDataSeen) visit() uint64 { return v.Ticket }

// service is the queue a payload names.
func (v TicketIssued) service() string      { return v.Service }
func (v ServiceSettings) service() string   { return v.Service }
func (v ServicePaused) service() string     { return v.Service }
func (v AppointmentBooked) service() string { return v.Service }

// Kinds returns the names of every kind of event the engine writes, sorted.
func Kinds() []string { return appliers.Names() }
