package web

import (
	"cmp"
	"slices"

	"vuoro/hub/event"
	"vuoro/hub/queue"
	"vuoro/hub/store"
	"vuoro/hub/web/authz"
	"vuoro/shared/i18n"
)

// paramKinds are the kinds of event that set a parameter the parameters
// page lists.
var paramKinds = []string{queue.KindSiteSet, queue.KindServiceAdded, queue.KindServiceUpdated, queue.KindServiceSettings,
	queue.KindServicePaused, queue.KindDeviceEnrolled, queue.KindDeviceServices}

// paramsData is the page of the system parameters: every setting the
// reader may see, its value, and who changed it last and when.
type paramsData struct {
	view
	Groups []paramGroup
}

// paramGroup is the settings of one thing: the site, a queue, a device.
type paramGroup struct {
	ID, Name string
	Params   []param
}

// param is one setting.
type param struct {
	Label, Value string
	By, When     string // who changed it last, and when; "" if not in the log
}

// paramsPage lists the site's settings and the devices' to a site admin,
// and the settings of their agencies' queues to every admin.
func (s adminPages) paramsPage(v view) (any, []uint64) {
	d := paramsData{view: v}
	changes, err := s.paramChanges(v.Lang)
	if err != nil {
		d.Error = errText(v.Lang, err)
	}
	s.eng.Read(func(st *queue.State) {
		tl := teller{st, v.Lang}
		site := v.c.Role == queue.RoleSiteAdmin
		if site {
			d.Groups = append(d.Groups, paramGroup{ID: "site", Name: st.Site.Name, Params: changes.of(v.Lang, "site", tl.siteParams(effective(st)))})
		}
		for _, sv := range authz.Services(st, v.c) {
			sv.Settings.CheckIn = st.CheckInWindow(sv.ID)
			d.Groups = append(d.Groups, paramGroup{ID: "service-" + sv.ID, Name: nameIn(sv.Names, v.Lang, sv.ID),
				Params: changes.of(v.Lang, "service:"+sv.ID, tl.serviceParams(sv))})
		}
		for _, dv := range st.Devices() {
			if site && dv.Revoked.IsZero() {
				d.Groups = append(d.Groups, paramGroup{ID: "device-" + dv.ID, Name: tr(v.Lang, "logactor.device", dv.ID),
					Params: changes.of(v.Lang, "device:"+dv.ID, tl.deviceParams(dv))})
			}
		}
	})
	return d, nil
}

// effective is the site's settings with the defaults of those it leaves
// unset: the values the hub works by.
func effective(st *queue.State) queue.Site {
	v := st.Site
	v.NoShowAfter, v.RetentionDays = st.NoShowAfter(), st.RetentionDays()
	v.DayEnd = cmp.Or(v.DayEnd, "00:00")
	return v
}

// siteParams, serviceParams and deviceParams are the settings of each,
// labelled as the event log labels them, with the unset ones too.
func (t teller) siteParams(v queue.Site) []field {
	s := sentence{t: t, all: true}
	s.site(v)
	return s.fields
}

func (t teller) serviceParams(v queue.Service) []field {
	s := sentence{t: t, all: true}
	s.field("logf.letter", v.Letter)
	s.field("logf.multiday", s.yesNo(v.MultiDay))
	s.field("logf.paused", s.yesNo(v.Paused))
	s.settings(v.Settings)
	return s.fields
}

func (t teller) deviceParams(v queue.Device) []field {
	s := sentence{t: t, all: true}
	s.field("logf.devkind", tr(t.lang, "devkind."+string(v.Kind)))
	s.field("logf.room", v.Room)
	if v.Kind == queue.DeviceKiosk {
		s.field("logf.services", s.services(v.Services))
	}
	return s.fields
}

// changed is who changed a setting last, and when.
type changed struct{ by, when string }

// paramChanges tells, by thing and label, who last changed each setting:
// the events that set them, in order, each compared with the one before.
type paramChanges map[string]map[string]changed

// of are the settings of subject, their labels in lang.
func (c paramChanges) of(lang i18n.Lang, subject string, fields []field) []param {
	out := make([]param, len(fields))
	for i, f := range fields {
		ch := c[subject][f.Label]
		out[i] = param{Label: tr(lang, f.Label), Value: f.Value, By: ch.by, When: ch.when}
	}
	return out
}

// paramChanges reads the events that set parameters, from the store's
// kind index.
func (s adminPages) paramChanges(lang i18n.Lang) (paramChanges, error) {
	var evs []event.Event
	for _, k := range paramKinds {
		for after := uint64(0); ; {
			page, err := s.store.Query(store.Filter{Kind: k}, after, 500)
			if err != nil {
				return nil, err
			}
			evs = append(evs, page.Events...)
			if page.Next == 0 {
				break
			}
			after = page.Next
		}
	}
	slices.SortFunc(evs, func(a, b event.Event) int { return cmp.Compare(a.Seq, b.Seq) })
	out := paramChanges{}
	s.eng.Read(func(st *queue.State) { out.follow(teller{st, lang}, evs) })
	return out, nil
}

// follow notes, for each event in order, the settings it changed.
func (c paramChanges) follow(t teller, evs []event.Event) {
	last := map[string]map[string]string{}
	for _, ev := range evs {
		p, err := queue.Decode(ev)
		if err != nil {
			continue
		}
		subject, fields := t.paramsOf(p)
		if last[subject] == nil {
			last[subject], c[subject] = map[string]string{}, map[string]changed{}
		}
		for _, f := range fields {
			if old, seen := last[subject][f.Label]; !seen || old != f.Value {
				last[subject][f.Label] = f.Value
				c[subject][f.Label] = changed{t.actor(ev.Actor), ev.Time.In(t.st.Location()).Format("2.1.2006 15:04")}
			}
		}
	}
}

// paramsOf is what an event set: of what, and the settings as fields.
func (t teller) paramsOf(p queue.Payload) (string, []field) {
	s := sentence{t: t, all: true}
	switch v := p.(type) {
	case queue.SiteSet:
		return "site", t.siteParams(v.Site)
	case queue.ServiceAdded:
		return "service:" + v.ID, t.serviceParams(queue.Service{Letter: v.Letter, MultiDay: v.MultiDay, Settings: v.Settings})
	case queue.ServiceUpdated:
		s.field("logf.letter", v.Letter)
		s.field("logf.multiday", s.yesNo(v.MultiDay))
		return "service:" + v.ID, s.fields
	case queue.ServiceSettings:
		if v.MultiDay != nil {
			s.field("logf.multiday", s.yesNo(*v.MultiDay))
		}
		s.settings(v.Settings)
		return "service:" + v.Service, s.fields
	case queue.ServicePaused:
		s.field("logf.paused", s.yesNo(v.Paused))
		return "service:" + v.Service, s.fields
	case queue.DeviceEnrolled:
		return "device:" + v.Device, t.deviceParams(queue.Device{Kind: v.Type, Room: v.Room})
	case queue.DeviceServices:
		s.field("logf.services", s.services(v.Services))
		return "device:" + v.Device, s.fields
	}
	return "", nil
}
