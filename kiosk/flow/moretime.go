package flow

import (
	"time"

	"vuoro/shared/i18n"
)

// Adjustable time: before the kiosk closes a citizen's screen by itself
// (no tap for IdleAfter, or the success screen's countdown run out) it
// asks "Tarvitsetko lisää aikaa?" for AskFor with a button; any tap gives
// the citizen more time, and only an unanswered question resets.

// ActMoreTime answers the question: the citizen needs more time.
const ActMoreTime Action = "more-time"

// asking is the question on screen: on since the time ran out, until it
// resets the kiosk.
type asking struct {
	on    bool
	until time.Time
}

// Question is the "more time?" prompt over the current screen.
type Question struct {
	Text      string // "Tarvitsetko lisää aikaa?"
	Countdown string // "Näkymä suljetaan 20 sekunnin kuluttua"
	Seconds   int
	Answer    Button // "Lisää aikaa"
}

// MoreTime gives the citizen more time: the idle time starts again, and a
// success screen counts down again from the start.
func (m *Model) MoreTime() { m.touch() }

// timeUp runs when the screen's time has run out: it asks first, and
// resets when the question has gone unanswered for AskFor. It reports
// whether the state changed.
func (m *Model) timeUp(now time.Time, askedBefore int) bool {
	if !m.ask.on {
		m.ask = asking{on: true, until: now.Add(m.opts.AskFor)}
		return true
	}
	if now.Before(m.ask.until) {
		return m.askSeconds() != askedBefore
	}
	m.ask = asking{}
	m.reset()
	return true
}

// answered clears the question on a tap; on the success screen the
// countdown starts again.
func (m *Model) answered() {
	if !m.ask.on {
		return
	}
	m.ask = asking{}
	if m.screen == ScreenSuccess {
		m.closing = true
	}
}

// askSeconds is the question's countdown, rounded up; 0 when not asking.
func (m *Model) askSeconds() int {
	if !m.ask.on {
		return 0
	}
	return int((m.ask.until.Sub(m.now) + time.Second - 1) / time.Second)
}

func (m *Model) question() *Question {
	if !m.ask.on {
		return nil
	}
	n := m.askSeconds()
	return &Question{Text: m.t(i18n.MoreTime), Countdown: m.t(i18n.MoreTimeEnds, n), Seconds: n,
		Answer: m.button(ActMoreTime, i18n.MoreTimeYes)}
}
