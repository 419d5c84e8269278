package flow

import (
	"time"

	"vuoro/shared/i18n"
)

// Tick advances the model's clock to now: it returns to the start screen
// after the idle time, closes the success screen after its countdown, and
// reports whether the state changed (so a view need redraw only then).
// Call it about every 250 ms; no other method reads a clock.
func (m *Model) Tick(now time.Time) bool {
	before, asked := m.seconds(), m.askSeconds()
	m.now = now
	if m.lastTouch.IsZero() {
		m.lastTouch = now
	}
	if m.closing {
		m.deadline, m.closing = now.Add(m.successFor()), false
	}
	changed := m.checkService()
	if m.helpHeld() {
		return m.seconds() != before || changed
	}
	if m.screen == ScreenSuccess && !now.Before(m.deadline) || m.idle(now) {
		return m.timeUp(now, asked)
	}
	return m.seconds() != before || changed
}

// idle reports whether the kiosk has waited long enough for a citizen who
// walked away. A ticket being issued or the counting success screen are
// never idle; the start screen is idle only if it is not as the next
// citizen should find it.
func (m *Model) idle(now time.Time) bool {
	switch m.screen {
	case ScreenIssuing, ScreenCheckingIn, ScreenSuccess:
		return false
	case ScreenStart:
		if m.atDefault() {
			return false
		}
	}
	return now.Sub(m.lastTouch) >= m.opts.IdleAfter
}

func (m *Model) atDefault() bool {
	return m.lang == i18n.Default && !m.large && m.notice == noticeNone
}

// seconds is the success screen's countdown, rounded up.
func (m *Model) seconds() int {
	if m.screen != ScreenSuccess || m.helpHeld() || m.ask.on {
		return 0
	}
	left := m.successFor()
	if !m.closing && !m.deadline.IsZero() {
		left = m.deadline.Sub(m.now)
	}
	return int((left + time.Second - 1) / time.Second)
}

// successFor is how long the success screen stays: longer for a number
// shown on the screen only, for the citizen to note it.
func (m *Model) successFor() time.Duration {
	if m.unprinted {
		return m.opts.NumberOnlyFor
	}
	return m.opts.SuccessFor
}
