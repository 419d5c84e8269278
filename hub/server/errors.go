package server

import "errors"

// Errors that stop a hub from starting. They are wrapped with the detail;
// test with errors.Is.
var (
	// ErrNoDataFile is a hub started on no data file without being told to
	// create a new site (-init, -site-file or -demo): a lost or unmounted
	// data directory must not become an empty site.
	ErrNoDataFile = errors.New("server: no data file")
	// ErrEmptyDataFile is a data file of zero bytes: a damaged file, never
	// a new one.
	ErrEmptyDataFile = errors.New("server: the data file is empty")
	// ErrFirstAdmin is a first admin's login or password that cannot be
	// used.
	ErrFirstAdmin = errors.New("server: the first admin cannot be created")
	// ErrMQTTAdmin is an external broker whose accounts the hub is to
	// manage named without the account to manage them with.
	ErrMQTTAdmin = errors.New("server: no admin account at the external broker")
	// errStopped is a change of an external broker's accounts asked for
	// while the hub stops.
	errStopped = errors.New("server: the hub is stopping")
)
