package sitefile

import (
	"fmt"
	"slices"

	"vuoro/hub/queue"
)

func (d *differ) rooms() {
	for _, r := range d.st.Rooms {
		if slices.ContainsFunc(d.f.Rooms, func(def RoomDef) bool { return def.ID == r.ID }) {
			continue
		}
		if t, busy := d.st.RoomVisit(r.ID); busy {
			d.refuse("rooms.%s (%s) is not in the file, but %s is being served there; end that visit first, or keep the room", r.ID, r.Name, t.CallID)
		}
		d.add("remove", "room", r.ID, func(e *queue.Engine, a string) error { return e.RemoveRoom(a, r.ID) })
	}
	for _, def := range d.f.Rooms {
		v := def.room()
		cur, ok := d.st.Room(v.ID)
		switch {
		case !ok:
			d.add("add", "room", v.ID, func(e *queue.Engine, a string) error { return e.AddRoom(a, v) })
		case !same(v, cur):
			d.add("update", "room", v.ID, func(e *queue.Engine, a string) error { return e.UpdateRoom(a, v) })
		}
	}
}

func (d *differ) services() {
	for _, sv := range d.st.Services {
		if slices.ContainsFunc(d.f.Services, func(def ServiceDef) bool { return def.ID == sv.ID }) {
			continue
		}
		d.checkRemovable(sv)
		d.add("remove", "service", sv.ID, func(e *queue.Engine, a string) error { return e.RemoveService(a, sv.ID) })
	}
	var added []ServiceDef
	for _, def := range d.f.Services { // changes first: they may free a letter a new service takes
		if cur, ok := d.st.Service(def.ID); ok {
			d.service(def, cur)
		} else {
			added = append(added, def)
		}
	}
	for _, def := range added {
		v := def.service()
		d.add("add", "service", v.ID, func(e *queue.Engine, a string) error { return e.AddService(a, v) })
	}
}

// service lists the changes to an existing service.
func (d *differ) service(def ServiceDef, cur queue.Service) {
	u := def.update()
	if !same(u, queue.ServiceUpdated{ID: cur.ID, Agency: cur.Agency, Letter: cur.Letter, Names: cur.Names, MultiDay: cur.MultiDay}) {
		if n := d.st.OpenVisits(cur.ID); n > 0 && u.Letter != cur.Letter {
			d.refuse("services.%s.letter changes %s to %s, but the queue has %d open visits numbered %s…; change it after they end",
				cur.ID, cur.Letter, u.Letter, n, cur.Letter)
		}
		d.add("update", "service", u.ID, func(e *queue.Engine, a string) error { return e.UpdateService(a, u) })
	}
	if st := def.Settings(); def.settings && !same(st, cur.Settings) {
		d.add("update", "settings", u.ID, func(e *queue.Engine, a string) error { return e.Configure(a, u.ID, st) })
	}
}

// checkRemovable refuses removing a service that visits or bookings
// still need.
func (d *differ) checkRemovable(sv queue.Service) {
	name := sv.Names["fi"]
	if n := d.st.OpenVisits(sv.ID); n > 0 {
		d.refuse("services.%s (%s) is not in the file, but it has %d open visits (waiting, called or held); end or transfer them first, or keep the service", sv.ID, name, n)
	}
	if n := d.st.Booked(sv.ID, d.now); n > 0 {
		d.refuse("services.%s (%s) is not in the file, but it has %d booked appointments to come; cancel them first, or keep the service", sv.ID, name, n)
	}
}

func (d *differ) refuse(format string, args ...any) {
	d.refusals = append(d.refusals, fmt.Sprintf(format, args...))
}
