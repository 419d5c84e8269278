package queue

// KindNames returns the kinds the engine has rows for, sorted.
func KindNames() []string { return appliers.Names() }
