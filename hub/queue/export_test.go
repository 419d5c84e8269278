package queue

// KindNames returns the kinds the engine has rows for, sorted.
func KindNames() []string { return appliers.Names() }

// Snapshot returns the state's snapshot encoding: equal encodings are
// equal states, indexes and all.
func Snapshot(s *State) []byte {
	b, err := s.encode()
	if err != nil {
		panic(err)
	}
	return b
}

// SnapshotEvery sets how many events come between snapshots.
func SnapshotEvery(e *Engine, n int) { e.j.SnapshotEvery(n, 0) }

// Kept returns how many visits the state keeps whole, how many archived,
// and how many kiosk request ids it keeps.
func Kept(s *State) (whole, archived, requests int) {
	return len(s.tickets), len(s.archive), len(s.requests)
}

// Capture copies the state as the engine does under its lock for a
// snapshot, and returns the encoder of the copy.
func Capture(s *State) func() ([]byte, error) { return s.capture() }
