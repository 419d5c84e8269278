package web

import (
	"cmp"
	"net/http"

	"vuoro/hub/queue"
	"vuoro/hub/web/action"
	"vuoro/hub/web/authz"
)

// feedsData is the page of the user's calendar feeds: their own
// appointments', and an admin's of the service points.
type feedsData struct {
	view
	List    []feedRow
	Rooms   []option // the points an admin may make a feed of
	CanRoom bool
	New     string // the URL of the feed just made, shown this once
}

// feedRow is a feed the user may revoke. Its token is not kept: only its
// hash is.
type feedRow struct {
	ID      uint64
	Name    string // "Omat ajanvaraukseni", or the point's name
	Created string
}

func (s queueView) feedsPage(v view) (any, []uint64) {
	d := feedsData{view: v, CanRoom: authz.May(v.c, queue.RoleAdmin), New: v.feedURL}
	s.eng.Read(func(st *queue.State) {
		for _, f := range st.Feeds() {
			if r, ok := feedRowOf(st, v, f); ok {
				d.List = append(d.List, r)
			}
		}
		if d.CanRoom {
			d.Rooms = roomOptions(st, "")
		}
	})
	return d, nil
}

// feedRowOf is feed f as the reader of v sees it in their list: their
// own, or a point's to an admin.
func feedRowOf(st *queue.State, v view, f queue.Feed) (feedRow, bool) {
	r := feedRow{ID: f.ID, Created: f.Created.In(st.Location()).Format("2.1.2006 15:04")}
	switch {
	case f.Type == queue.FeedClerk && f.Of == v.c.Login:
		r.Name = tr(v.Lang, "feeds.mine")
	case f.Type == queue.FeedRoom && authz.May(v.c, queue.RoleAdmin):
		rm, _ := st.Room(f.Of)
		r.Name = tr(v.Lang, "feeds.room", cmp.Or(rm.Name, f.Of))
	default:
		return r, false
	}
	return r, true
}

// createFeed runs the feed form and answers with the feeds page showing
// the feed's secret address: shown this once and kept nowhere (neither in
// the session nor in a redirect's URL).
func (s actionRoutes) createFeed(w http.ResponseWriter, r *http.Request, se session, c queue.Clerk) {
	out, v, ok := s.runShown(w, r, se, c, "create-feed", "/console/feeds")
	if !ok {
		return
	}
	v.feedURL = s.hubURL(r) + out.Value.(action.CreatedFeed).Path
	v.Flash = tr(v.Lang, "feeds.created")
	s.renderView(w, http.StatusOK, v)
}
