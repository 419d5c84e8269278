package sitefile

import (
	"cmp"
	"maps"
	"time"

	"vuoro/hub/queue"
)

// site is the site as the file declares it, over the current one: what
// the file leaves out (the no-show rule and number-only check-in if not
// given) stays as it is.
func (f *File) site(cur queue.Site) queue.Site {
	d := f.Site
	v := queue.Site{ID: d.ID, Name: d.Name, TimeZone: string(d.TimeZone), Wayfinding: maps.Clone(d.Wayfinding),
		RetentionDays: d.RetentionDays, DayEnd: string(d.DayEnd), NoShowAfter: cur.NoShowAfter}
	if d.NoShowAfter > 0 {
		v.NoShowAfter = d.NoShowAfter
	}
	v.NumberOnlyCheckin = cur.NumberOnlyCheckin
	if d.NumberOnlyCheckin != nil {
		v.NumberOnlyCheckin = *d.NumberOnlyCheckin
	}
	for _, id := range d.waitingOrder {
		v.WaitingRooms = append(v.WaitingRooms, queue.WaitingArea{ID: id, Names: maps.Clone(d.WaitingRooms[id].Names)})
	}
	if len(v.WaitingRooms) > 0 {
		v.WaitingRoom = v.WaitingRooms[0].Names["fi"] // printed on tickets
	}
	return v
}

func (a AgencyDef) agency() queue.Agency { return queue.Agency{ID: a.ID, Names: maps.Clone(a.Names)} }

func (s ServiceDef) update() queue.ServiceUpdated {
	return queue.ServiceUpdated{ID: s.ID, Agency: s.Agency, Letter: string(s.Letter), Names: maps.Clone(s.Names), MultiDay: s.MultiDay}
}

func (s ServiceDef) service() queue.Service {
	u := s.update()
	v := queue.Service{ID: u.ID, Agency: u.Agency, Letter: u.Letter, Names: u.Names, MultiDay: u.MultiDay}
	if s.settings {
		v.Settings = s.Settings()
	}
	return v
}

// Settings are the queue's settings as the file gives them.
func (s ServiceDef) Settings() queue.Settings {
	st := queue.Settings{DailyCap: s.DailyCap,
		Rule: queue.Rule{Interleave: s.Priority.Interleave, Boost: time.Duration(s.Priority.BoostMinutes) * time.Minute}}
	if c := s.CheckIn; c.LatePolicy != "" || c.EarlyMinutes != 0 || c.LateMinutes != 0 {
		st.CheckIn = queue.Window{Early: time.Duration(c.EarlyMinutes) * time.Minute,
			Late: time.Duration(c.LateMinutes) * time.Minute, Policy: queue.LatePolicy(cmp.Or(c.LatePolicy, string(queue.LateRefuse)))}
	}
	for _, h := range s.Hours {
		for _, d := range h.days {
			st.Hours.Weekly[d] = append(st.Hours.Weekly[d], h.spans...)
		}
	}
	for _, x := range s.Exceptions {
		if st.Hours.Exceptions == nil {
			st.Hours.Exceptions = map[string][]queue.Span{}
		}
		st.Hours.Exceptions[x.day] = append(st.Hours.Exceptions[x.day], x.spans...)
	}
	return st
}

func (r RoomDef) room() queue.Room {
	return queue.Room{ID: r.ID, Name: r.Name, Floor: r.Floor, Capacity: r.Capacity, Attributes: r.Attributes,
		Area: r.Area, Number: r.Number, Group: r.Group, Agencies: r.Agencies, WaitingArea: r.WaitingArea}
}
