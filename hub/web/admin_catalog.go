package web

import (
	"slices"
	"strings"

	"vuoro/hub/queue"
	"vuoro/hub/web/authz"
	"vuoro/shared/i18n"
)

// catalogView is what every catalogue page has: the site file that
// overrides it, if any, and the names of the languages.
type catalogView struct {
	view
	SiteFile  string
	NameLangs []i18n.Lang
}

func (s adminPages) catalogView(v view) catalogView {
	return catalogView{view: v, SiteFile: s.opts.SiteFile, NameLangs: i18n.Langs}
}

// agenciesData is the site admin's page of agencies.
type agenciesData struct {
	catalogView
	List []queue.Agency
	Edit queue.Agency // the agency chosen for editing
}

func (s adminPages) agenciesPage(v view) (any, []uint64) {
	d := agenciesData{catalogView: s.catalogView(v)}
	s.eng.Read(func(st *queue.State) { d.List = slices.Clone(st.Agencies) })
	if i := slices.IndexFunc(d.List, func(a queue.Agency) bool { return a.ID == v.t.q.Get("agency") }); i >= 0 {
		d.Edit = d.List[i]
	}
	return d, nil
}

// servicesData is the site admin's page of services.
type servicesData struct {
	catalogView
	List     []serviceRow
	Agencies []option
	Edit     queue.Service
}

type serviceRow struct {
	queue.Service
	Agency string // its name
	Open   int    // visits not ended
}

func (s adminPages) servicesPage(v view) (any, []uint64) {
	d := servicesData{catalogView: s.catalogView(v)}
	s.eng.Read(func(st *queue.State) {
		for _, sv := range st.Services {
			d.List = append(d.List, serviceRow{Service: sv, Agency: agencyNames(st, queue.Clerk{Agencies: []string{sv.Agency}}, v.Lang), Open: st.OpenVisits(sv.ID)})
		}
		d.Edit, _ = st.Service(v.t.q.Get("service"))
		for _, a := range st.Agencies {
			d.Agencies = append(d.Agencies, option{ID: a.ID, Name: nameIn(a.Names, v.Lang, a.ID), Selected: a.ID == d.Edit.Agency})
		}
	})
	return d, nil
}

// roomsData is the admin's page of service points.
type roomsData struct {
	catalogView
	List       []queue.Room
	Edit       queue.Room
	Attributes string // the edited room's, comma separated
	Agencies   string // the edited room's own agencies, comma separated
	SiteAdmin  bool   // may edit rooms
	// Areas are the site's waiting areas, the edited room's selected;
	// AreaNames their names by id.
	Areas     []option
	AreaNames map[string]string
}

func (s adminPages) roomsPage(v view) (any, []uint64) {
	d := roomsData{catalogView: s.catalogView(v), SiteAdmin: authz.May(v.c, queue.RoleSiteAdmin)}
	s.eng.Read(func(st *queue.State) {
		d.List = slices.Clone(st.Rooms)
		d.Edit, _ = st.Room(v.t.q.Get("room"))
		d.AreaNames = map[string]string{}
		for _, a := range st.Site.WaitingRooms {
			d.AreaNames[a.ID] = nameIn(a.Names, v.Lang, a.ID)
			d.Areas = append(d.Areas, option{ID: a.ID, Name: d.AreaNames[a.ID], Selected: a.ID == d.Edit.WaitingArea})
		}
	})
	d.Attributes = strings.Join(d.Edit.Attributes, ", ")
	d.Agencies = strings.Join(d.Edit.Agencies, ", ")
	return d, nil
}
