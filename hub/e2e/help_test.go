package e2e

import (
	"context"
	"fmt"
	"testing"
	"time"

	"vuoro/hub/queue"
	"vuoro/shared/i18n"
	"vuoro/shared/wire"
)

// TestHelpFromKioskAnsweredInConsole: a citizen who has just got a ticket
// presses Help. The kiosk promises help once the hub has recorded it, says
// an advisor has seen it once one acknowledges it over the console's API,
// and clears the banner when the visit ends.
func TestHelpFromKioskAnsweredInConsole(t *testing.T) {
	h := startHub(t, t.TempDir(), "")
	defer h.Close()
	k := newKiosk(t, h)
	clerk, advisor := newConsole(t, h, "vero"), newConsole(t, h, "neuvoja")
	if st := k.checkIn(t, "vero", "vero-veroasiat"); st.Number != "R1" {
		t.Fatalf("kiosk shows %q %q, want R1", st.Number, st.Error)
	}

	job := k.model.Help()
	if n := k.model.State().Notice; n != i18n.T(i18n.FI, i18n.HelpCalling) {
		t.Fatalf("before the hub answered the kiosk says %q", n)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	k.model.Apply(job.Run(ctx))
	if n := k.model.State().Notice; n != i18n.T(i18n.FI, i18n.HelpComing) {
		t.Fatalf("after the hub recorded it the kiosk says %q", n)
	}
	var help queue.Help
	h.Engine().Read(func(s *queue.State) {
		if open := s.OpenHelp(); len(open) == 1 {
			help = open[0]
		}
	})
	if help.Device != "kiosk-1" || help.Ticket == 0 {
		t.Fatalf("open help %+v, want kiosk-1's request about its visit", help)
	}

	if code := advisor.do(t, fmt.Sprintf("/api/v1/help/%d/ack", help.ID), nil, nil); code != 200 {
		t.Fatalf("acknowledge: HTTP %d", code)
	}
	k.follow(t, help.ID, wire.HelpTaken)
	if n := k.model.State().Notice; n != i18n.T(i18n.FI, i18n.HelpTaken) {
		t.Fatalf("after the advisor took it the kiosk says %q", n)
	}

	called := clerk.call(t, "vero-veroasiat", "6")
	clerk.end(t, called.ID)
	k.follow(t, help.ID, wire.HelpClosed)
	if n := k.model.State().Notice; n != "" {
		t.Fatalf("after the visit ended the kiosk still says %q", n)
	}
}

// follow hands the hub's help states to the kiosk until request id is in
// state.
func (k *kiosk) follow(t *testing.T, id uint64, state string) {
	t.Helper()
	deadline := time.After(20 * time.Second)
	for {
		select {
		case h := <-k.help:
			k.model.SetHelpState(h.Help, h.State)
			if h.Help == id && h.State == state {
				return
			}
		case <-deadline:
			t.Fatalf("the kiosk was never told help %d is %s", id, state)
		}
	}
}
