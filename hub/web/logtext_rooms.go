package web

import "vuoro/hub/queue"

// roomSession tells the events of a clerk's session at a service point.
// The actor is who did it; the clerk whose session it was is a field, as
// is why it ended and who took the room over.
func (s *sentence) roomSession(p queue.Payload) {
	switch v := p.(type) {
	case queue.RoomOpened:
		s.say(v.Room)
		s.field("logf.clerk", clerkName(s.t.st, v.Clerk))
	case queue.RoomPaused:
		if !v.Paused {
			s.key = "logev.room.paused.off"
		}
		s.say(v.Room)
		s.field("logf.clerk", clerkName(s.t.st, v.Clerk))
	case queue.RoomClosed:
		s.say(v.Room)
		s.field("logf.clerk", clerkName(s.t.st, v.Clerk))
		s.field("logf.reason", tr(s.t.lang, "logroomclose."+string(v.Reason)))
		if v.By != "" {
			s.field("logf.by", clerkName(s.t.st, v.By))
		}
	}
}
