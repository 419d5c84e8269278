package queue

import "time"

// Site is the service centre the hub runs.
type Site struct {
	ID          string            `json:"id"`
	Name        string            `json:"name"`
	WaitingRoom string            `json:"waiting_room"`
	Wayfinding  map[string]string `json:"wayfinding"`
	TimeZone    string            `json:"time_zone"`
}

// Agency is an authority serving at the site.
type Agency struct {
	ID    string            `json:"id"`
	Names map[string]string `json:"names"`
}

// Service is a queue: citizens check in to it and clerks call from it.
type Service struct {
	ID     string            `json:"id"`
	Agency string            `json:"agency"`
	Letter string            `json:"letter"` // call id prefix
	Names  map[string]string `json:"names"`
}

// Room is a service point a clerk calls citizens to.
type Room struct {
	ID    string `json:"id"` // shown on displays: "6"
	Name  string `json:"name"`
	Floor int    `json:"floor"`
}

// Role is what a hub user may do.
type Role string

// The roles of the console.
const (
	RoleClerk   Role = "clerk"   // serves their agencies' queues
	RoleAdvisor Role = "advisor" // general service advisor: every queue of the site
	RoleAdmin   Role = "admin"   // agency admin
)

// Clerk is a console user.
type Clerk struct {
	Login    string   `json:"login"`
	Name     string   `json:"name"`
	Role     Role     `json:"role"`
	Agencies []string `json:"agencies"`
}

// Status is where a visit is in its life.
type Status string

// The statuses of a visit.
const (
	Waiting Status = "waiting" // checked in
	Called  Status = "called"  // called in to a room
	Ended   Status = "ended"   // visit over
)

// Ticket is one visit, from check-in to its end.
type Ticket struct {
	ID        uint64    `json:"id"` // the sequence number of the event that issued it
	CallID    string    `json:"call_id"`
	Service   string    `json:"service"`
	Number    int       `json:"number"`
	Day       string    `json:"day"` // the site's local date of issue, "2026-11-22"
	Status    Status    `json:"status"`
	Persons   int       `json:"persons"`
	Device    string    `json:"device"`
	Issued    time.Time `json:"issued"`
	Called    time.Time `json:"called,omitzero"`
	Ended     time.Time `json:"ended,omitzero"`
	Room      string    `json:"room,omitempty"`
	Clerk     string    `json:"clerk,omitempty"`
	requestID string
}

// Call is a line of the waiting room's display.
type Call struct {
	Seq    uint64
	CallID string
	Room   string
	At     time.Time
}
