// Package announce makes the displays' calls heard: each call is a chime
// (a three-note gong, Chime) and then "Numero är 19, huone 6" in each of
// the display's languages in order (Text), through a shared/speech Synth
// and Player.
//
// An Announcer announces calls one after another on a goroutine of its
// own. A new call never cuts off the one being announced; a burst is
// announced in order; a recall is announced again. The backlog is bounded:
// at most MaxPending calls wait, and when one more comes the oldest waiting
// call is dropped (it has been on the screen longest); a call that comes
// again while it still waits is not queued twice. A call that has waited
// longer than MaxAge is dropped as stale: it would send a citizen to a room
// long after the clerk gave up.
//
// The sound, its volume and the languages are read from board.Settings at
// each announcement, so a change from the hub takes effect at the next
// call. Nothing here logs: errors go to Options.OnError.
package announce
