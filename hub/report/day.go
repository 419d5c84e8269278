package report

import "vuoro/hub/queue"

// Slots is the number of 15-minute slots of a day.
const Slots = 96

// The outcomes a visit ends with, counted by hour of the day.
const (
	Served      = "served"
	NoShow      = "noshow"
	Expired     = "expired"
	Transferred = "transferred" // counted in the queue it left
	Deleted     = "deleted"
	Left        = "left" // the citizen left from the follow page
)

// The reasons counted with deletions and leaves; a citizen's leaving is
// ReasonLeft followed by their queue.LeaveReason. A reason typed by the
// staff may name a person, so it is counted as ReasonStaff, never kept.
const (
	ReasonStaff = "staff"
	ReasonKiosk = "kiosk-cancelled"
	ReasonLeft  = "left:"
)

// Reasons lists every reason a report may count.
func Reasons() []string {
	out := []string{ReasonStaff, ReasonKiosk}
	for _, r := range queue.LeaveReasons {
		out = append(out, ReasonLeft+string(r))
	}
	return out
}

// Outcomes lists the outcomes in the order reports show them.
var Outcomes = []string{Served, NoShow, Expired, Transferred, Deleted, Left}

// Day is the aggregate of one site-local day, by service. It holds no
// personal data: no names, no identity codes, no free-text reasons.
type Day struct {
	Date     string                 `json:"date"` // YYYY-MM-DD, site-local
	Services map[string]*ServiceDay `json:"services"`
}

// ServiceDay is one queue's day.
type ServiceDay struct {
	Agency   string           `json:"agency"`
	Arrivals [Slots]int       `json:"arrivals"` // check-ins per 15 minutes
	Queue    [Slots]int       `json:"queue"`    // most waiting in each 15 minutes
	OnTime   int              `json:"on_time"`  // appointments checked in by their time
	Late     int              `json:"late"`     // appointments checked in after it
	Lateness Hist             `json:"lateness"` // how late the late ones were
	Clerks   map[string]*Cell `json:"clerks"`   // by clerk login; "" for what no clerk did
}

// Cell is what one clerk did in one queue on one day (or, under "", what
// happened to visits no clerk had called).
type Cell struct {
	Wait         Hist  `json:"wait"`          // check-in to first call, counted at the call
	WithinTarget int   `json:"within_target"` // of those, called within the queue's target wait
	Service      Hist  `json:"service"`       // start (or call) to end, counted at the end
	Walk         Hist  `json:"walk"`          // call to start
	Idle         int64 `json:"idle"`          // seconds at an open room between visits, breaks not (sessions.go)
	Breaks       int   `json:"breaks,omitempty"`
	BreakTime    int64 `json:"break_time,omitempty"` // seconds
	Estimated    int   `json:"estimated"`            // first calls of visits with a printed estimate
	Inside       int   `json:"inside"`               // of those, called inside the printed range
	EstError     Hist  `json:"est_error"`            // wait minus the range's middle
	// Outcomes by hour of the day (site-local), and the reasons of
	// deletions and leaves ("staff", "kiosk-cancelled", "left:no-time").
	Outcomes map[string]*[24]int `json:"outcomes,omitempty"`
	Reasons  map[string]int      `json:"reasons,omitempty"`
}

func (c *Cell) count(outcome string, hour int) {
	if c.Outcomes == nil {
		c.Outcomes = map[string]*[24]int{}
	}
	if c.Outcomes[outcome] == nil {
		c.Outcomes[outcome] = new([24]int)
	}
	c.Outcomes[outcome][hour]++
}

func (c *Cell) reason(r string) {
	if c.Reasons == nil {
		c.Reasons = map[string]int{}
	}
	c.Reasons[r]++
}
