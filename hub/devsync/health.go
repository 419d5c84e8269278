package devsync

import (
	"errors"
	"fmt"
	"time"
)

// stuckAfter is how long the Run loop may go without a round before the
// bridge counts as hung: it goes round at least every recheck.
const stuckAfter = 3 * recheck

// ErrNotRunning is Health's answer before Run has started.
var ErrNotRunning = errors.New("devsync: not running")

// Health tells whether the bridge is serving the devices at now: its loop
// has gone round lately. A loop stuck on a hung broker or a blocked
// engine stops going round, and Health says since when.
func (s *Sync) Health(now time.Time) error {
	b := s.beat.Load()
	if b == 0 {
		return ErrNotRunning
	}
	last := time.Unix(0, b)
	if d := now.Sub(last); d > stuckAfter {
		return fmt.Errorf("devsync: no round for %s (since %s)", d.Round(time.Second), last.Format(time.RFC3339))
	}
	return nil
}
