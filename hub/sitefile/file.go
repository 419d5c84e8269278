package sitefile

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/BurntSushi/toml"
)

// File is a parsed and checked site file.
type File struct {
	Name     string // the file's name, for messages
	Site     SiteDef
	Agencies []AgencyDef  // in the file's order
	Services []ServiceDef // in the file's order
	Rooms    []RoomDef    // in the file's order
}

// SiteDef is the [site] table.
type SiteDef struct {
	ID            string            `toml:"id"`
	Name          string            `toml:"name"`
	TimeZone      zone              `toml:"time_zone"`
	Wayfinding    map[string]string `toml:"wayfinding"`
	RetentionDays int               `toml:"retention_days"`
	DayEnd        clock             `toml:"day_end"`
	NoShowAfter   int               `toml:"no_show_after"` // 0: left to the console
	// NumberOnlyCheckin: a kiosk whose printer is out shows the number on
	// its screen instead; left out, the console decides.
	NumberOnlyCheckin *bool `toml:"number_only_checkin"`
	WaitingRooms      map[string]struct {
		Names map[string]string `toml:"names"`
	} `toml:"waiting_rooms"`
	waitingOrder []string
}

// AgencyDef is an [agencies.ID] table.
type AgencyDef struct {
	ID    string            `toml:"-"`
	Names map[string]string `toml:"names"`
}

// ServiceDef is a [services.ID] table.
type ServiceDef struct {
	ID         string            `toml:"-"`
	Agency     string            `toml:"agency"`
	Letter     letter            `toml:"letter"`
	Names      map[string]string `toml:"names"`
	MultiDay   bool              `toml:"multi_day"`
	DailyCap   int               `toml:"daily_cap"`
	Hours      []hoursLine       `toml:"hours"`
	Exceptions []exceptionLine   `toml:"exceptions"`
	Priority   struct {
		Interleave   int `toml:"interleave"`
		BoostMinutes int `toml:"boost_minutes"`
	} `toml:"priority"`
	// CheckIn is the appointments' check-in window: minutes before and
	// after the time, and the late policy ("refuse" or "walk-in").
	CheckIn struct {
		EarlyMinutes int    `toml:"early_minutes"`
		LateMinutes  int    `toml:"late_minutes"`
		LatePolicy   string `toml:"late_policy"`
	} `toml:"checkin"`
	// settings tells whether the file sets the queue's settings (any of
	// daily_cap, hours, exceptions, priority, checkin); if not, the console does.
	settings bool
}

// RoomDef is a [rooms.ID] table.
type RoomDef struct {
	ID         string   `toml:"-"`
	Name       string   `toml:"name"`
	Floor      int      `toml:"floor"`
	Capacity   int      `toml:"capacity"`
	Attributes []string `toml:"attributes"`
	Area       string   `toml:"area"`     // the building: "Lahti / Kirkkokatu 12 (Lahden virastotalo)"
	Number     string   `toml:"number"`   // the room's number in the building: "1001"
	Group      string   `toml:"group"`    // its resource group: "Asiakaspalvelutila"
	Agencies   []string `toml:"agencies"` // whose own point it is: their appointments reserve it
	// WaitingArea is the [site.waiting_rooms.ID] whose queue displays show
	// the calls to the room.
	WaitingArea string `toml:"waiting_area"`
}

// raw is the file as TOML decodes it: tables keyed by id.
type raw struct {
	Site     SiteDef               `toml:"site"`
	Agencies map[string]AgencyDef  `toml:"agencies"`
	Services map[string]ServiceDef `toml:"services"`
	Rooms    map[string]RoomDef    `toml:"rooms"`
}

// Read reads and checks the site file at path.
func Read(path string) (*File, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("sitefile: %w", err)
	}
	return Parse(filepath.Base(path), b)
}

// Parse parses and checks a site file's text; name is how messages call
// the file.
func Parse(name string, text []byte) (*File, error) {
	var r raw
	md, err := toml.Decode(string(text), &r)
	if err != nil {
		return nil, syntaxError(name, err)
	}
	if keys := md.Undecoded(); len(keys) > 0 {
		return nil, fmt.Errorf("%w: %s: unknown key %s (a typo?)", ErrInvalid, name, keys[0])
	}
	f := &File{Name: name, Site: r.Site}
	f.order(md, r)
	if err := f.check(); err != nil {
		return nil, err
	}
	return f, nil
}

// syntaxError names the line of a TOML error.
func syntaxError(name string, err error) error {
	var pe toml.ParseError
	if errors.As(err, &pe) {
		if pe.LastKey != "" {
			return fmt.Errorf("%w: %s:%d: %s: %s", ErrSyntax, name, pe.Position.Line, pe.LastKey, pe.Message)
		}
		return fmt.Errorf("%w: %s:%d: %s", ErrSyntax, name, pe.Position.Line, pe.Message)
	}
	return fmt.Errorf("%w: %s: %v", ErrSyntax, name, err)
}

// order lists the tables in the order the file has them.
func (f *File) order(md toml.MetaData, r raw) {
	for _, k := range md.Keys() {
		switch {
		case len(k) == 3 && k[0] == "site" && k[1] == "waiting_rooms":
			f.Site.waitingOrder = append(f.Site.waitingOrder, k[2])
			continue
		case len(k) != 2:
			continue
		}
		switch k[0] {
		case "agencies":
			a := r.Agencies[k[1]]
			a.ID = k[1]
			f.Agencies = append(f.Agencies, a)
		case "services":
			s := r.Services[k[1]]
			s.ID = k[1]
			s.settings = md.IsDefined(append(k, "daily_cap")...) || md.IsDefined(append(k, "hours")...) ||
				md.IsDefined(append(k, "exceptions")...) || md.IsDefined(append(k, "priority")...) ||
				md.IsDefined(append(k, "checkin")...)
			f.Services = append(f.Services, s)
		case "rooms":
			rm := r.Rooms[k[1]]
			rm.ID = k[1]
			f.Rooms = append(f.Rooms, rm)
		}
	}
}
