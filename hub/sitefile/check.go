package sitefile

import (
	"fmt"
	"slices"
	"strings"

	"vuoro/hub/queue"
	"vuoro/shared/wire"
)

// check finds what the file says that cannot be, naming the key.
func (f *File) check() error {
	var problems []string
	bad := func(key, format string, args ...any) {
		problems = append(problems, key+": "+fmt.Sprintf(format, args...))
	}
	f.checkSite(bad)
	letters := map[letter]string{}
	for _, a := range f.Agencies {
		key := "agencies." + a.ID
		checkID(bad, key, a.ID)
		checkNames(bad, key+".names", a.Names, true)
	}
	for _, s := range f.Services {
		key := "services." + s.ID
		checkID(bad, key, s.ID)
		checkNames(bad, key+".names", s.Names, true)
		if !f.hasAgency(s.Agency) {
			bad(key+".agency", "%q is not one of the [agencies.…] of the file", s.Agency)
		}
		if other, used := letters[s.Letter]; used {
			bad(key+".letter", "%s is already the letter of services.%s", s.Letter, other)
		} else if s.Letter == "" {
			bad(key+".letter", "missing: one capital letter A-Z, the start of the call ids")
		}
		letters[s.Letter] = s.ID
		if s.DailyCap < 0 || s.Priority.Interleave < 0 || s.Priority.BoostMinutes < 0 {
			bad(key, "daily_cap, priority.interleave and priority.boost_minutes cannot be negative")
		}
		if c := s.CheckIn; c.EarlyMinutes < 0 || c.EarlyMinutes > 480 || c.LateMinutes < 0 || c.LateMinutes > 240 {
			bad(key+".checkin", "early_minutes 0-480 and late_minutes 0-240")
		}
		if p := s.CheckIn.LatePolicy; p != "" && p != string(queue.LateRefuse) && p != string(queue.LateWalkIn) {
			bad(key+".checkin.late_policy", "%q: \"refuse\" (see the service advisor) or \"walk-in\" (to the walk-in queue)", p)
		}
	}
	for _, r := range f.Rooms {
		checkID(bad, "rooms."+r.ID, r.ID)
		if r.Name == "" {
			bad("rooms."+r.ID+".name", "missing: the name clerks choose the room by, \"Aspa 1\"")
		}
		if r.Capacity < 0 {
			bad("rooms."+r.ID+".capacity", "cannot be negative")
		}
		for _, a := range r.Agencies {
			if !f.hasAgency(a) {
				bad("rooms."+r.ID+".agencies", "%q is not one of the [agencies.…] of the file", a)
			}
		}
		if _, ok := f.Site.WaitingRooms[r.WaitingArea]; r.WaitingArea != "" && !ok {
			bad("rooms."+r.ID+".waiting_area", "%q is not one of the [site.waiting_rooms.…] of the file", r.WaitingArea)
		}
	}
	if len(problems) > 0 {
		return fmt.Errorf("%w: %s: %s", ErrInvalid, f.Name, joinProblems(problems))
	}
	return nil
}

func (f *File) checkSite(bad func(key, format string, args ...any)) {
	s := f.Site
	if s.ID == "" || s.Name == "" || s.TimeZone == "" {
		bad("site", "id, name and time_zone are needed")
	}
	if s.ID != "" && !wire.ValidID(s.ID) {
		bad("site.id", "%q: use 1-40 characters a-z 0-9 - _ (it is part of the devices' MQTT topics)", s.ID)
	}
	if s.RetentionDays < 0 || s.NoShowAfter < 0 || s.NoShowAfter > 9 {
		bad("site", "retention_days cannot be negative and no_show_after is 1-9")
	}
	checkNames(bad, "site.wayfinding", s.Wayfinding, false)
	if len(s.waitingOrder) == 0 {
		bad("site.waiting_rooms", "missing: at least one [site.waiting_rooms.ID] with names, printed on tickets")
	}
	for _, id := range s.waitingOrder {
		checkNames(bad, "site.waiting_rooms."+id+".names", s.WaitingRooms[id].Names, true)
	}
}

// hasAgency tells whether the file declares agency id.
func (f *File) hasAgency(id string) bool {
	return slices.ContainsFunc(f.Agencies, func(a AgencyDef) bool { return a.ID == id })
}

func checkID(bad func(key, format string, args ...any), key, id string) {
	if !wire.ValidID(id) {
		bad(key, "the id %q: use 1-40 characters a-z 0-9 - _", id)
	}
}

// checkNames checks texts by language: only fi, sv and en, and a
// Finnish one if needed.
func checkNames(bad func(key, format string, args ...any), key string, names map[string]string, needFi bool) {
	for lang := range names {
		if lang != "fi" && lang != "sv" && lang != "en" {
			bad(key+"."+lang, "languages are fi, sv and en")
		}
	}
	if needFi && names["fi"] == "" {
		bad(key, "missing the Finnish name: { fi = \"…\", sv = \"…\", en = \"…\" }")
	}
}

func joinProblems(p []string) string {
	slices.Sort(p)
	return strings.Join(p, "; ")
}
