package board

// hubLog is the hub's event log a board's sequence numbers come from.
// Sequences compare only within one log: a new hub, or one started on a
// restored backup, counts again from 1, and the board must follow it.
type hubLog struct{ id string }

// changed notes the log of a message and reports whether it is another log
// than the one before.
func (l *hubLog) changed(id string) bool {
	if id == l.id {
		return false
	}
	l.id = id
	return true
}
