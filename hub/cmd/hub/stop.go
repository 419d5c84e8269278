package main

import (
	"fmt"
	"os"
	"time"
)

// stopWithin is how long the hub may take to stop once told to: a supervisor
// that sends SIGTERM expects the process gone soon after, and a client
// that does not let go must not hold the hub for minutes.
const stopWithin = 15 * time.Second

// closeWithin runs closeFn and waits at most d for it, or until another
// signal arrives on again. Past either it returns an error and the caller
// exits anyway: the data file is consistent after every commit, so an
// unfinished close loses nothing that was acknowledged.
func closeWithin(closeFn func() error, d time.Duration, again <-chan os.Signal) error {
	done := make(chan error, 1)
	go func() { done <- closeFn() }()
	select {
	case err := <-done:
		return err
	case <-time.After(d):
		return fmt.Errorf("did not stop within %s; exiting anyway", d)
	case sig := <-again:
		return fmt.Errorf("%s while stopping; exiting at once", sig)
	}
}
