package voucher

// KindNames returns the kinds the engine has rows for, sorted.
func KindNames() []string { return appliers.Names() }

// Snapshot returns the state's snapshot encoding.
func Snapshot(s *State) []byte {
	b, err := s.encode()
	if err != nil {
		panic(err)
	}
	return b
}
