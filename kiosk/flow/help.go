package flow

import (
	"context"

	"vuoro/shared/wire"
)

// hubHelp is a help state the hub published for this kiosk.
type hubHelp struct {
	id    uint64
	state string // wire.HelpOpen, wire.HelpTaken, wire.HelpClosed
}

// Help sends a help request to the hub. It returns nil while a request is
// on its way or while the hub keeps one open for this citizen. The banner
// says help is coming only once the hub has recorded the request.
func (m *Model) Help() *Job {
	m.touch()
	if m.helping != 0 || m.help != 0 {
		return nil
	}
	h, timeout := m.opts.Helper, m.opts.HelpTimeout
	call := HelpCall{Lang: string(m.lang), Screen: m.screen.String(), AfterTicket: m.ticket != nil}
	job := m.newJob(jobHelp, func(ctx context.Context) Result {
		ctx, cancel := context.WithTimeout(ctx, timeout)
		defer cancel()
		id, err := h.Help(ctx, call)
		return Result{help: id, err: err}
	})
	m.helping, m.helpAt, m.notice = job.seq, m.now, noticeHelpCalling
	return job
}

func (m *Model) applyHelp(r Result) {
	m.helping = 0
	if r.err != nil {
		m.notice = noticeHelpFailed
		return
	}
	m.help, m.notice = r.help, noticeHelpComing
	if m.hub.id == m.help { // the hub told more before the answer came through
		m.followHelp()
	}
}

// SetHelpState hands the model the hub's latest help state for this kiosk:
// the banner follows this citizen's request as an advisor takes it, and
// clears when it is closed. States of other requests are kept, not shown.
func (m *Model) SetHelpState(id uint64, state string) {
	m.hub = hubHelp{id: id, state: state}
	if id != 0 && id == m.help {
		m.followHelp()
	}
}

func (m *Model) followHelp() {
	switch m.hub.state {
	case wire.HelpTaken:
		m.notice = noticeHelpTaken
	case wire.HelpClosed:
		m.notice, m.help = noticeNone, 0
		m.touch() // the screen closes by itself from now on, as after a tap
	default:
		m.notice = noticeHelpComing
	}
}

// helpHeld reports whether a help request keeps the citizen's screen from
// closing by itself: asked for, and not closed, for at most HelpHold.
func (m *Model) helpHeld() bool {
	return (m.helping != 0 || m.help != 0) && m.now.Sub(m.helpAt) < m.opts.HelpHold
}
