package wire

import (
	"fmt"
	"time"
)

// Names holds a display text per language code ("fi", "sv", "en").
type Names map[string]string

// In returns the text in lang, falling back to Finnish and then to any text.
func (n Names) In(lang string) string {
	if s, ok := n[lang]; ok && s != "" {
		return s
	}
	if s := n["fi"]; s != "" {
		return s
	}
	for _, s := range n {
		return s
	}
	return ""
}

// Catalog is what a kiosk offers: the site and its agencies' services.
// The hub publishes it retained, so a device has it as soon as it subscribes.
type Catalog struct {
	Header
	Site     Site     `json:"site"`
	Agencies []Agency `json:"agencies"`
}

// Site is one service centre.
type Site struct {
	ID          string `json:"id"`
	Name        string `json:"name"`
	WaitingRoom string `json:"waiting_room"` // printed on tickets: "Odotusaula Lahti"
	// WaitingRooms is the waiting room's name in each language, printed on
	// a ticket in the citizen's; WaitingRoom where it has none.
	WaitingRooms Names `json:"waiting_rooms,omitempty"`
	// PublicURL is how phones reach the hub ("https://vuoro.lahti.fi"):
	// a ticket's QR code is it followed by the ticket's Follow path.
	PublicURL  string `json:"public_url,omitempty"`
	Wayfinding Names  `json:"wayfinding"` // "Siirry odotusaulaan seuraamalla keltaista viivaa."
	TimeZone   string `json:"time_zone"`  // IANA name, "Europe/Helsinki"
	// NumberOnlyCheckin: while its printer cannot print, a kiosk issues
	// numbers all the same and shows them on its screen; otherwise it
	// offers no service then.
	NumberOnlyCheckin bool `json:"number_only_checkin,omitempty"`
}

// Agency is an authority serving at the site.
type Agency struct {
	ID       string    `json:"id"`
	Names    Names     `json:"names"`
	Services []Service `json:"services"`
}

// Service is one queue a citizen can check in to.
type Service struct {
	ID     string `json:"id"`
	Letter string `json:"letter"` // call id prefix: "R"
	Names  Names  `json:"names"`
	Open   bool   `json:"open"` // taking check-ins now
	// State says why a service is not open, for the kiosk to show before
	// a tap: one of the Service constants; "" from a hub before it (then
	// Open alone tells). OpensAt is when a closed service opens later
	// today, local "15:04"; "" when it does not.
	State   string `json:"state,omitempty"`
	OpensAt string `json:"opens_at,omitempty"`
}

// The states of a Service.
const (
	ServiceOpen   = "open"
	ServiceClosed = "closed"
	ServicePaused = "paused"
	ServiceFull   = "full" // its daily cap of tickets is reached
)

// validate checks the service's own fields.
func (s Service) validate(agency string) error {
	if s.ID == "" || s.Letter == "" {
		return fmt.Errorf("%w: service of %s without id or letter", ErrInvalid, agency)
	}
	switch s.State {
	case "", ServiceOpen, ServicePaused, ServiceFull:
	case ServiceClosed:
	default:
		return fmt.Errorf("%w: service %s in unknown state %q", ErrInvalid, s.ID, s.State)
	}
	if s.OpensAt != "" && (s.State != ServiceClosed || !isClock(s.OpensAt)) {
		return fmt.Errorf("%w: service %s opens at %q", ErrInvalid, s.ID, s.OpensAt)
	}
	return nil
}

// isClock reports whether s is a time of day "15:04".
func isClock(s string) bool {
	t, err := time.Parse("15:04", s)
	return err == nil && t.Format("15:04") == s
}

// Validate reports whether the catalog is usable by a kiosk.
func (c *Catalog) Validate() error {
	if c.Site.ID == "" {
		return fmt.Errorf("%w: catalog without site id", ErrInvalid)
	}
	for _, a := range c.Agencies {
		if a.ID == "" {
			return fmt.Errorf("%w: agency without id", ErrInvalid)
		}
		for _, s := range a.Services {
			if err := s.validate(a.ID); err != nil {
				return err
			}
		}
	}
	return nil
}

// QueueStatus is a queue's public state, published retained per service.
type QueueStatus struct {
	Header
	Service string `json:"service"`
	Waiting int    `json:"waiting"`
	Paused  bool   `json:"paused"`
}

// Validate checks the fields a device relies on.
func (q *QueueStatus) Validate() error {
	if q.Service == "" || q.Waiting < 0 {
		return fmt.Errorf("%w: queue status needs a service and a non-negative count", ErrInvalid)
	}
	return nil
}
