package suomifi

import (
	"time"

	"github.com/jonboulle/clockwork"
	dsig "github.com/russellhaering/goxmldsig"
)

// Clock tells the time. The SAML time checks, the replay cache and the
// timestamps of the messages this package writes all run on it.
type Clock interface{ Now() time.Time }

// ClockSkew is how far the identity provider's clock may be off: an
// assertion is accepted from NotBefore - ClockSkew and until NotOnOrAfter +
// ClockSkew, and an IssueInstant up to ClockSkew in the future. An
// IssueInstant is accepted for 90 seconds after it (crewjam/saml's
// MaxIssueDelay, which includes the drift), so a response must be used at
// once. These are crewjam/saml's MaxClockSkew and MaxIssueDelay; this
// package does not change them, and its tests hold them to these values.
const ClockSkew = 3 * time.Minute

type wallClock struct{}

func (wallClock) Now() time.Time { return time.Now() }

// DsigClock adapts c to the clock crewjam/saml and goxmldsig take.
func DsigClock(c Clock) *dsig.Clock {
	return dsig.NewFakeClock(clockAdapter{Clock: clockwork.NewRealClock(), c: c})
}

// clockAdapter is the real clock for timers, with c's time.
type clockAdapter struct {
	clockwork.Clock
	c Clock
}

func (a clockAdapter) Now() time.Time                  { return a.c.Now() }
func (a clockAdapter) Since(t time.Time) time.Duration { return a.c.Now().Sub(t) }
func (a clockAdapter) Until(t time.Time) time.Duration { return t.Sub(a.c.Now()) }
