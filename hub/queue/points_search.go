package queue

import (
	"cmp"
	"slices"
	"strings"
)

// PointQuery is a search for service points on a site-local day. Empty
// fields match every point.
type PointQuery struct {
	Day        string   // "2026-11-24"; required
	From, To   string   // "13:00", "14:00": the point is free for all of it; both or neither
	Name       string   // a part of its name, any case
	Area       string   // its building, exactly
	Floor      *int     // nil: any floor
	Group      string   // its resource group, exactly
	MinPersons int      // capacity at least; 0: any
	MaxPersons int      // capacity at most; 0: any
	Attributes []string // it offers every one of these
}

// PointResult is a point found, with its availability on the day.
type PointResult struct {
	Room
	Availability Availability `json:"availability"`
}

// SearchPoints returns the points matching q, by name, each with its
// availability on q's day. A malformed day or times is ErrInvalid.
func (s *State) SearchPoints(q PointQuery) ([]PointResult, error) {
	day, ok := s.dayInterval(q.Day)
	if !ok || (q.From == "") != (q.To == "") {
		return nil, ErrInvalid
	}
	var want Interval
	if q.From != "" {
		var ok1, ok2 bool
		want.From, ok1 = s.at(day.From, q.From)
		want.To, ok2 = s.at(day.From, q.To)
		if !ok1 || !ok2 || !want.From.Before(want.To) {
			return nil, ErrInvalid
		}
	}
	out := []PointResult{}
	for _, r := range s.Rooms {
		if !q.matches(r) || (q.From != "" && len(s.occurrences(r.ID, want)) > 0) {
			continue
		}
		out = append(out, PointResult{Room: r, Availability: s.Availability(r.ID, q.Day)})
	}
	slices.SortFunc(out, func(a, b PointResult) int { return cmp.Or(cmp.Compare(a.Name, b.Name), cmp.Compare(a.ID, b.ID)) })
	return out, nil
}

// matches tells whether a point has what q asks of it, times aside.
func (q PointQuery) matches(r Room) bool {
	switch {
	case q.Name != "" && !strings.Contains(strings.ToLower(r.Name), strings.ToLower(q.Name)),
		q.Area != "" && r.Area != q.Area,
		q.Floor != nil && r.Floor != *q.Floor,
		q.Group != "" && r.Group != q.Group,
		q.MinPersons > 0 && r.Capacity < q.MinPersons,
		q.MaxPersons > 0 && r.Capacity > q.MaxPersons:
		return false
	}
	for _, a := range q.Attributes {
		if !slices.Contains(r.Attributes, a) {
			return false
		}
	}
	return true
}

// PointChoices are the values the search's lists offer: every area,
// floor and resource group of the site's points, sorted.
func (s *State) PointChoices() (areas []string, floors []int, groups []string) {
	for _, r := range s.Rooms {
		areas, floors, groups = append(areas, r.Area), append(floors, r.Floor), append(groups, r.Group)
	}
	return distinct(areas), distinct(floors), distinct(groups)
}

// distinct sorts list and leaves each value once, the empty string none.
func distinct[T cmp.Ordered](list []T) []T {
	slices.Sort(list)
	return slices.DeleteFunc(slices.Compact(list), func(v T) bool { return any(v) == any("") })
}
