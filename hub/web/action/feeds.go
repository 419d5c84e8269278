package action

import (
	"fmt"

	"vuoro/hub/queue"
	"vuoro/hub/web/authz"
)

// FeedPath is the URL path of a calendar feed behind its token.
func FeedPath(token string) string { return "/ics/" + token + ".ics" }

// feedReq makes a calendar feed: a clerk's own, or (an admin) a service
// point's.
type feedReq struct {
	Kind queue.FeedKind `json:"kind"` // "clerk" or "room"
	Of   string         `json:"of"`   // the clerk's login or the room's id
}

func (r feedReq) feedOf(*Deps) (queue.FeedKind, string, error) { return r.Kind, r.Of, nil }

// feedRef names a feed by its id.
type feedRef struct {
	Feed uint64 `json:"feed"`
}

func (r feedRef) feedOf(d *Deps) (queue.FeedKind, string, error) {
	var f queue.Feed
	var ok bool
	d.Eng.Read(func(st *queue.State) {
		for _, v := range st.Feeds() {
			if v.ID == r.Feed {
				f, ok = v, true
			}
		}
	})
	if !ok {
		return "", "", fmt.Errorf("%w: feed %d", queue.ErrNotFound, r.Feed)
	}
	return f.Type, f.Of, nil
}

// CreatedFeed is the answer to create-feed: the feed and, this once, its
// URL's path with the secret token.
type CreatedFeed struct {
	queue.Feed
	Path string `json:"path"`
}

var _ = define(Action{Name: "create-feed", Least: queue.RoleClerk, Scope: []Scope{FeedOwner},
	Routes: []string{"POST /api/v1/feeds"}},
	func(d *Deps, c queue.Clerk, r *feedReq) (Outcome, error) {
		token := queue.NewFeedToken()
		f, err := d.Eng.CreateFeed(authz.Actor(c), r.Kind, r.Of, token)
		if err != nil {
			return Outcome{}, err
		}
		return Outcome{Value: CreatedFeed{f, FeedPath(token)}, Note: Say("done.feed_created", FeedPath(token))}, nil
	})

var _ = define(Action{Name: "revoke-feed", Least: queue.RoleClerk, Scope: []Scope{FeedOwner},
	Routes: []string{"POST /api/v1/feeds/{feed}/revoke"}},
	func(d *Deps, c queue.Clerk, r *feedRef) (Outcome, error) {
		if err := d.Eng.RevokeFeed(authz.Actor(c), r.Feed); err != nil {
			return Outcome{}, err
		}
		return Outcome{Value: struct{}{}, Note: Say("done.feed_revoked")}, nil
	})

// mayFeed checks that c may make or revoke a feed of kind of: a clerk
// their own, an admin a service point's.
func mayFeed(c queue.Clerk, kind queue.FeedKind, of string) error {
	switch {
	case kind == queue.FeedClerk && of == c.Login:
		return nil
	case kind == queue.FeedRoom && authz.May(c, queue.RoleAdmin):
		return nil
	case kind == queue.FeedRoom:
		return authz.ErrNoRight
	case kind == queue.FeedClerk:
		return authz.ErrNotYourUser
	}
	return fmt.Errorf("%w: feed kind %q", queue.ErrInvalid, kind)
}
