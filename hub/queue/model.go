package queue

import (
	"cmp"
	"time"
)

// Site is the service centre the hub runs.
type Site struct {
	ID          string            `json:"id"`
	Name        string            `json:"name"`
	WaitingRoom string            `json:"waiting_room"`
	Wayfinding  map[string]string `json:"wayfinding"`
	TimeZone    string            `json:"time_zone"`
	NoShowAfter int               `json:"no_show_after,omitempty"` // recalls before a no-show may be marked; 2 if unset
	// RetentionDays is how long personal data of visits and appointments
	// is kept, in days; 30 if unset.
	RetentionDays int `json:"retention_days,omitempty"`
	// DayEnd is the site-local time ("20:00") at which the day's open
	// visits expire; midnight if unset.
	DayEnd string `json:"day_end,omitempty"`
	// NumberOnlyCheckin lets a kiosk whose printer is out check citizens
	// in all the same, showing the number on its screen only; off, such a
	// kiosk offers no service until its printer works again.
	NumberOnlyCheckin bool `json:"number_only_checkin,omitempty"`
	// WaitingRooms are the site's waiting areas, named in each language.
	// WaitingRoom, printed on tickets, is the first one's Finnish name.
	WaitingRooms []WaitingArea `json:"waiting_rooms,omitempty"`
}

// WaitingArea is a waiting room of the site ("Odotusaula Lahti").
type WaitingArea struct {
	ID    string            `json:"id"`
	Names map[string]string `json:"names"`
}

// noShowAfter is the number of recalls after which a visit may be marked a
// no-show.
func (s Site) noShowAfter() int {
	if s.NoShowAfter > 0 {
		return s.NoShowAfter
	}
	return 2
}

// Agency is an authority serving at the site.
type Agency struct {
	ID    string            `json:"id"`
	Names map[string]string `json:"names"`
}

// Service is a queue: citizens check in to it and clerks call from it.
type Service struct {
	ID       string            `json:"id"`
	Agency   string            `json:"agency"`
	Letter   string            `json:"letter"` // call id prefix
	Names    map[string]string `json:"names"`
	Settings Settings          `json:"settings"`
	Paused   bool              `json:"paused"` // no check-ins and no calls until resumed
	// MultiDay services carry their waiting visits over the day's end,
	// keeping their numbers.
	MultiDay bool `json:"multi_day,omitempty"`
}

// Room is a service point a clerk calls citizens to, and agencies book
// (points.go).
type Room struct {
	ID    string `json:"id"` // shown on displays: "6"
	Name  string `json:"name"`
	Floor int    `json:"floor"`
	// Capacity is how many people the room seats; 0 if not told.
	Capacity int `json:"capacity,omitempty"`
	// Attributes are what the room offers: "step-free", "display", ...
	Attributes []string `json:"attributes,omitempty"`
	// Area is the building it is in: "Lahti / Kirkkokatu 12 (Lahden
	// virastotalo)".
	Area string `json:"area,omitempty"`
	// Number is the room's number in the building: "1001".
	Number string `json:"number,omitempty"`
	// Group is its resource group: "Asiakaspalvelutila".
	Group string `json:"group,omitempty"`
	// Agencies are the agencies whose own point it is: an appointment of
	// theirs reserves one of them. Any agency may book any point.
	Agencies []string `json:"agencies,omitempty"`
	// WaitingArea is the waiting area (Site.WaitingRooms) whose queue
	// displays show the calls to this room; "" none of them in particular
	// (only the displays of the whole site).
	WaitingArea string `json:"waiting_area,omitempty"`
}

// Role is what a hub user may do.
type Role string

// The roles of the console.
const (
	RoleClerk   Role = "clerk"   // serves their agencies' queues
	RoleAdvisor Role = "advisor" // general service advisor: every queue of the site
	RoleAdmin   Role = "admin"   // agency admin: their agencies' queues, hours and users
	// RoleSiteAdmin runs the whole site: the site, rooms, agencies and
	// every user.
	RoleSiteAdmin Role = "site-admin"
)

// Clerk is a console user.
type Clerk struct {
	Login    string   `json:"login"`
	Name     string   `json:"name"`
	Role     Role     `json:"role"`
	Agencies []string `json:"agencies"`
	// AllQueues grants every queue of the site. A user with no agencies
	// and no AllQueues sees no queue.
	AllQueues bool `json:"all_queues,omitempty"`
}

// Status is where a visit is in its life.
type Status string

// The statuses of a visit.
const (
	Waiting Status = "waiting" // checked in
	Called  Status = "called"  // called in to a room
	Serving Status = "serving" // the citizen arrived; in service
	Held    Status = "held"    // put aside; not called until resumed
	Ended   Status = "ended"   // visit over
	NoShow  Status = "noshow"  // called and recalled, never came
	Deleted Status = "deleted" // a needless registration removed
	Expired Status = "expired" // still open when its day was closed
)

// Active reports whether a clerk is attending to the visit.
func (s Status) Active() bool { return s == Called || s == Serving }

// Open reports whether the visit is still going on.
func (s Status) Open() bool { return s != Ended && s != NoShow && s != Deleted && s != Expired }

// Ticket is one visit, from check-in to its end.
type Ticket struct {
	ID          uint64    `json:"id"` // the sequence number of the event that issued it
	CallID      string    `json:"call_id"`
	Service     string    `json:"service"`  // the queue it is in now
	Services    []string  `json:"services"` // every queue of the visit, in order
	Number      int       `json:"number"`
	Day         string    `json:"day"` // the site's local date of issue, "2026-11-22"
	Status      Status    `json:"status"`
	Persons     int       `json:"persons"`
	Priority    bool      `json:"priority,omitempty"` // in the queue's priority class
	Appointment time.Time `json:"appointment,omitzero"`
	Device      string    `json:"device,omitempty"`
	Issued      time.Time `json:"issued"`
	Since       time.Time `json:"since"` // its place in the queue: earlier is called first
	Called      time.Time `json:"called,omitzero"`
	Started     time.Time `json:"started,omitzero"`
	Ended       time.Time `json:"ended,omitzero"`
	Room        string    `json:"room,omitempty"`
	Clerk       string    `json:"clerk,omitempty"`
	Recalls     int       `json:"recalls,omitempty"`
	Reason      string    `json:"reason,omitempty"` // why it was called when it was
	Note        string    `json:"note,omitempty"`   // why it was deleted or expired
	Messages    []Message `json:"messages,omitempty"`
	HasPerson   bool      `json:"has_person,omitempty"` // State.Person knows who it is for
	Offline     bool      `json:"offline,omitempty"`    // issued by a kiosk from its block while offline
	// Estimate is the wait the engine estimated when it issued the
	// ticket, if it knew one (Known): compare it with Called.
	Estimate  Estimate `json:"estimate,omitzero"`
	requestID string
	follow    string // the hash of its follow token
}

// Appointment is a booked time in a queue ("Varatut ajat").
type Appointment struct {
	ID      uint64    `json:"id"` // the sequence number of the booking event
	Service string    `json:"service"`
	At      time.Time `json:"at"`
	Minutes int       `json:"minutes,omitempty"` // how long; 0 if not told
	Clerk   string    `json:"clerk,omitempty"`   // the login of the clerk it is with
	Room    string    `json:"room,omitempty"`    // the service point it is in, if chosen
	UID     string    `json:"uid,omitempty"`     // the iCalendar UID it was imported with
	Ticket  uint64    `json:"ticket,omitempty"`  // checked in as this ticket
	// Late: checked in after its window, to the walk-in queue.
	Late      bool   `json:"late,omitempty"`
	NoShow    bool   `json:"noshow,omitempty"` // its window passed with nobody checked in
	Cancelled bool   `json:"cancelled,omitempty"`
	Person    Person `json:"-"`
}

// End is when the appointment ends: its time and its length, or a
// quarter of an hour if its length is not told.
func (a Appointment) End() time.Time {
	return a.At.Add(time.Duration(cmp.Or(a.Minutes, 15)) * time.Minute)
}

// Person is who a visit is for, when known (an appointment, an identified
// citizen). It is personal data: shown only to the clerk serving the visit.
type Person struct {
	Name string `json:"name"`
	HETU string `json:"hetu,omitempty"` // henkilötunnus
}

// Message is a note on a visit between clerks and advisors. It is never
// sent to a display or a device.
type Message struct {
	At   time.Time `json:"at"`
	From string    `json:"from"`
	Text string    `json:"text"`
}

// Call is a line of the waiting room's display.
type Call struct {
	Seq    uint64
	Ticket uint64 // the visit called: the key of the line
	CallID string
	Room   string
	At     time.Time
}
