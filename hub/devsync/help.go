package devsync

import (
	"time"

	"vuoro/hub/queue"
	"vuoro/shared/wire"
)

// helpSent is what a kiosk was last told of its help request.
type helpSent struct {
	help  uint64
	state queue.HelpStatus
}

// help records a kiosk's help request and acknowledges it: the kiosk's help
// state says "open" only once the request is in the log. A request the
// engine cannot record gets no answer, and the kiosk tells the citizen so.
func (s *Sync) help(r *wire.HelpRequest) {
	_, err := s.eng.RecordHelp(queue.HelpCall{RequestID: r.ID, Device: r.Device, Screen: r.Screen, Lang: r.Lang,
		TicketRequest: r.TicketRequest})
	if err != nil {
		s.opts.Logger.Error("help request not recorded", "device", r.Device, "err", err)
		return
	}
	delete(s.last.helps, r.Device) // a repeated request is answered again
	s.flush()
}

// helpStates are the kiosks' help states that changed since last sent.
func (s *Sync) helpStates(st *queue.State, now time.Time) []outbound {
	var out []outbound
	for dev, h := range st.KioskHelp() {
		sent := helpSent{h.ID, h.Status}
		if s.last.helps[dev] == sent || !wire.ValidID(dev) {
			continue
		}
		s.last.helps[dev] = sent
		m := &wire.HelpState{Header: wire.NewHeader(now), Device: dev, Help: h.ID, State: string(h.Status), RequestID: h.RequestID}
		out = append(out, outbound{wire.Topic{Kind: wire.KindHelpState, Site: s.opts.Site, ID: dev}, m, true})
	}
	return out
}
