package queue

import (
	"maps"
	"slices"
	"strings"
	"time"
)

// What the state keeps of history. Visits of the days within the site's
// retention period (RetentionDays) are kept whole: the console, the
// event log and the erasure of personal data need them. An older visit
// that has ended is archived when a day is closed: only what the event
// log shows of it stays (its call id, its day, its queues and how it
// ended), so memory follows the retention period, not the age of the log.
// Kiosk request ids are kept only for visits of days not yet closed and
// visits carried over, and numbers and counts only for days not closed.

// archived is what stays of a visit past the retention period.
type archived struct {
	CallID   string   `json:"call_id"`
	Day      string   `json:"day"`
	Services []string `json:"services"`
	Status   Status   `json:"status"`
}

// ticket returns the visit's archived record as a ticket.
func (a archived) ticket(id uint64) Ticket {
	return Ticket{ID: id, CallID: a.CallID, Day: a.Day, Services: a.Services, Service: a.Services[len(a.Services)-1],
		Status: a.Status}
}

// visitDay is the day of the visit id, kept whole or archived.
func (s *State) visitDay(id uint64) (string, bool) {
	if t, ok := s.tickets[id]; ok {
		return t.Day, true
	}
	a, ok := s.archive[id]
	return a.Day, ok
}

// forget drops what a close of day no longer needs: request ids and
// numbers of the closed days, and the ended visits of the days past the
// retention period, which it archives.
func (s *State) forget(day string) {
	for r, id := range s.requests {
		if t, ok := s.tickets[id]; !ok || (t.Day <= day && !t.Status.Open()) {
			delete(s.requests, r)
		}
	}
	for _, m := range []map[string]int{s.numbers, s.offline, s.counts} {
		for k := range m {
			if _, d, _ := strings.Cut(k, "|"); d <= day {
				delete(m, k)
			}
		}
	}
	cutoff := s.cutoffOf(day)
	s.dropBlocks(cutoff)
	var next map[uint64]archived // the archive is never changed in place: snapshots share it
	for d, ids := range s.byDay {
		if d < cutoff {
			if next == nil {
				next = maps.Clone(s.archive)
			}
			s.byDay[d] = s.archiveDay(next, ids)
		}
		if len(s.byDay[d]) == 0 {
			delete(s.byDay, d)
		}
	}
	if next != nil {
		s.archive = next
	}
}

// cutoffOf is the first day whose visits are kept whole after closing day.
func (s *State) cutoffOf(day string) string {
	d, err := time.Parse(time.DateOnly, day)
	if err != nil {
		return ""
	}
	return d.AddDate(0, 0, -s.RetentionDays()).Format(time.DateOnly)
}

// archiveDay archives the ended visits of ids into archive and returns
// those still open.
func (s *State) archiveDay(archive map[uint64]archived, ids []uint64) []uint64 {
	var open []uint64
	for _, id := range ids {
		t := s.tickets[id]
		if t.Status.Open() {
			open = append(open, id)
			continue
		}
		archive[id] = archived{CallID: t.CallID, Day: s.intern(t.Day), Services: s.internList(t.Services), Status: t.Status}
		delete(s.follows, t.follow)
		delete(s.tickets, id)
	}
	return open
}

// intern returns the kept copy of v, so that archived visits share their
// days and lists of queues.
func (s *State) intern(v string) string {
	if k, ok := s.interned[v]; ok {
		return k[0]
	}
	s.interned[v] = []string{v}
	return v
}

func (s *State) internList(v []string) []string {
	k := "\x00" + strings.Join(v, "\x00")
	if l, ok := s.interned[k]; ok {
		return l
	}
	v = slices.Clip(v)
	s.interned[k] = v
	return v
}
