package queue

import (
	"fmt"
	"time"

	"vuoro/hub/event"
)

// RoomSession is a clerk at a service point: from opening it to closing
// it, on a break or not. A room has at most one.
type RoomSession struct {
	Room   string    `json:"room"`
	Clerk  string    `json:"clerk"`
	Opened time.Time `json:"opened"`
	Paused bool      `json:"paused,omitempty"`
	Since  time.Time `json:"since"` // opened, or its break began or ended
}

// CloseReason is why a room session ended.
type CloseReason string

// The reasons a room session ends.
const (
	RoomLeft         CloseReason = "closed"        // the clerk closed it
	RoomMoved        CloseReason = "moved"         // the clerk opened another room
	RoomLogout       CloseReason = "logout"        // the clerk logged out
	RoomDayClosed    CloseReason = "day-closed"    // the site's day ended
	RoomClerkRemoved CloseReason = "clerk-removed" // the clerk's user was removed
	RoomGone         CloseReason = "room-removed"  // the room left the site
	// RoomTakenOver: another clerk opened the room, with no visit in
	// progress there (a clerk who left without closing never blocks it).
	RoomTakenOver CloseReason = "taken-over"
)

// OpenRoom puts clerk at room: the clerk's previous room closes (moved),
// and another clerk's session there ends (taken over). Refused while the
// clerk serves a visit in another room, or another clerk's visit is in
// progress in room. Opening the room the clerk is at changes nothing.
func (e *Engine) OpenRoom(clerk, room string) error {
	return e.do(func(s *State) error {
		if err := s.checkOpen(clerk, room); err != nil {
			return err
		}
		if cur, ok := s.ClerkRoom(clerk); ok && cur.Room == room {
			return nil
		}
		actor := "clerk:" + clerk
		if err := e.closeSession(s, actor, s.sessions[room], RoomTakenOver, clerk); err != nil {
			return err
		}
		if cur, ok := s.ClerkRoom(clerk); ok {
			if err := e.closeSession(s, actor, &cur, RoomMoved, ""); err != nil {
				return err
			}
		}
		_, err := e.commit(actor, RoomOpened{Room: room, Clerk: clerk})
		return err
	})
}

func (s *State) checkOpen(clerk, room string) error {
	if _, ok := s.Room(room); !ok {
		return fmt.Errorf("%w: room %q", ErrNotFound, room)
	}
	if _, ok := s.Clerks[clerk]; !ok {
		return fmt.Errorf("%w: clerk %q", ErrNotFound, clerk)
	}
	if t, ok := s.ActiveVisit(clerk); ok && t.Room != room {
		return fmt.Errorf("%w: %s", ErrBusy, t.CallID)
	}
	if t, ok := s.RoomVisit(room); ok && t.Clerk != clerk {
		return fmt.Errorf("%w: %s", ErrRoomInUse, t.CallID)
	}
	return nil
}

// PauseRoom starts (paused) or ends a break of clerk at their room. A
// break is refused while the clerk serves a visit; asking for the state
// the room is in changes nothing.
func (e *Engine) PauseRoom(clerk string, paused bool) error {
	return e.do(func(s *State) error {
		cur, ok := s.ClerkRoom(clerk)
		switch {
		case !ok:
			return ErrNoRoom
		case cur.Paused == paused:
			return nil
		}
		if t, busy := s.ActiveVisit(clerk); busy && paused {
			return fmt.Errorf("%w: %s", ErrBusy, t.CallID)
		}
		_, err := e.commit("clerk:"+clerk, RoomPaused{Room: cur.Room, Clerk: clerk, Paused: paused})
		return err
	})
}

// CloseRoom ends clerk's session at their room, for reason (RoomLeft
// or RoomLogout). The clerk closing the room refuses while serving a
// visit; a logout closes it all the same (the visit stays on its room's
// display until it ends). A clerk with no room open: nothing to do.
func (e *Engine) CloseRoom(clerk string, reason CloseReason) error {
	return e.do(func(s *State) error {
		cur, ok := s.ClerkRoom(clerk)
		if !ok {
			return nil
		}
		if t, busy := s.ActiveVisit(clerk); busy && reason == RoomLeft {
			return fmt.Errorf("%w: %s", ErrBusy, t.CallID)
		}
		return e.closeSession(s, "clerk:"+clerk, &cur, reason, "")
	})
}

// closeSession commits the end of a session, if there is one.
func (e *Engine) closeSession(s *State, actor string, cur *RoomSession, reason CloseReason, by string) error {
	if cur == nil {
		return nil
	}
	_, err := e.commit(actor, RoomClosed{Room: cur.Room, Clerk: cur.Clerk, Reason: reason, By: by})
	return err
}

// RoomSession returns the clerk working at room, if any.
func (s *State) RoomSession(room string) (RoomSession, bool) {
	r, ok := s.sessions[room]
	if !ok {
		return RoomSession{}, false
	}
	return *r, true
}

// ClerkRoom returns the room session of clerk, if any.
func (s *State) ClerkRoom(clerk string) (RoomSession, bool) {
	for _, r := range s.sessions {
		if r.Clerk == clerk {
			return *r, true
		}
	}
	return RoomSession{}, false
}

// resumeFor ends the break of clerk's session at room, before a call:
// calling is working again.
func (e *Engine) resumeFor(s *State, clerk, room string) error {
	r, ok := s.sessions[room]
	if !ok || r.Clerk != clerk || !r.Paused {
		return nil
	}
	_, err := e.commit("clerk:"+clerk, RoomPaused{Room: room, Clerk: clerk, Paused: false})
	return err
}

func applyRoomOpened(s *State, ev event.Event, v RoomOpened) {
	s.sessions[v.Room] = &RoomSession{Room: v.Room, Clerk: v.Clerk, Opened: ev.Time, Since: ev.Time}
}

// applyRoomPaused and applyRoomClosed take only what names the session
// there is: appliers never fail on a stored event.
func applyRoomPaused(s *State, ev event.Event, v RoomPaused) {
	if r, ok := s.sessions[v.Room]; ok && r.Clerk == v.Clerk {
		r.Paused, r.Since = v.Paused, ev.Time
	}
}

func applyRoomClosed(s *State, _ event.Event, v RoomClosed) {
	if r, ok := s.sessions[v.Room]; ok && r.Clerk == v.Clerk {
		delete(s.sessions, v.Room)
	}
}
