package flow_test

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"vuoro/kiosk/flow"
	"vuoro/kiosk/outbox"
	"vuoro/shared/i18n"
	"vuoro/shared/wire"
)

// offlineHarness is a kiosk whose hub is unreachable while *online is
// false, with a real outbox holding two numbers of Veroasiat today.
func offlineHarness(t *testing.T, online *bool) (*harness, *outbox.Outbox) {
	box, err := outbox.Open(filepath.Join(t.TempDir(), "outbox.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { box.Close() })
	day := t0.Format("2006-01-02") // 12:15 in Helsinki, the same date
	if err := box.SetBlocks([]wire.Block{{Service: "vero-veroasiat", Letter: "R", Day: day, First: 6, Last: 7}}); err != nil {
		t.Fatal(err)
	}
	h := &harness{t: t, iss: &fakeIssuer{ahead: 3}, prn: &fakePrinter{}, help: &fakeHelper{}, now: t0}
	h.m, err = flow.New(flow.Options{Issuer: h.iss, Printer: h.prn, Helper: h.help,
		Reach:   flow.ReachFunc(func() bool { return *online }),
		Offline: outbox.Issuer{Box: box, Device: "kiosk-1", Now: func() time.Time { return h.now }}})
	if err != nil {
		t.Fatal(err)
	}
	h.m.SetCatalog(catalog())
	h.m.Tick(h.now)
	return h, box
}

func TestOfflineTheKioskIssuesFromItsBlockAndSaysAheadIsNotKnown(t *testing.T) {
	online := false
	h, box := offlineHarness(t, &online)
	h.do("start", "agency:vero")
	s := h.m.State()
	want := []bool{true, false, false} // Veroasiat has numbers; Verokortit none; KV closed
	for i, b := range s.Choices {
		if b.Enabled != want[i] {
			t.Fatalf("offline service buttons %+v, want enabled %v", s.Choices, want)
		}
	}
	if s.Choices[1].Label != tr(i18n.FI, i18n.ServiceUnavailable, "Verokortit") {
		t.Fatalf("a service with no numbers left: %q", s.Choices[1].Label)
	}
	h.do("service:vero-verokortit") // not offered: nothing happens
	if len(h.jobs) != 0 {
		t.Fatal("a service with no numbers left started a job")
	}
	h.do("lang:sv", "service:vero-veroasiat", "run")
	s = h.m.State()
	if s.Screen != flow.ScreenSuccess || s.Number != "R6" || !slices.Equal(s.Lines, []string{tr(i18n.SV, i18n.AheadUnknown)}) {
		t.Fatalf("offline success: %+v", s)
	}
	if len(h.iss.reqs) != 0 || len(h.prn.printed) != 1 || !h.prn.printed[0].Ticket.Offline {
		t.Fatalf("asked the hub %v; printed %+v", h.iss.reqs, h.prn.printed)
	}
	pending, err := box.Pending()
	if err != nil || len(pending) != 1 || pending[0].CallID != "R6" || pending[0].Lang != "sv" {
		t.Fatalf("the outbox holds %+v, %v", pending, err)
	}
}

func TestTheStartScreenSaysOutOfServiceWithNoHubAndNoNumbers(t *testing.T) {
	online := false
	h, _ := offlineHarness(t, &online)
	for range 2 { // use up Veroasiat's two numbers
		h.do("start", "agency:vero", "service:vero-veroasiat", "run", "+11s", "+20s")
	}
	s := h.m.State()
	if s.Screen != flow.ScreenStart || s.Title != tr(i18n.FI, i18n.OutOfService) || len(s.Choices) != 0 ||
		s.Error != tr(i18n.FI, i18n.OutOfServiceHelp) {
		t.Fatalf("start screen with no numbers and no hub: %+v", s)
	}
	h.do("start")
	if h.m.State().Screen != flow.ScreenStart {
		t.Fatal("start left the out-of-service screen")
	}
	online = true
	if !h.m.Tick(h.now) {
		t.Fatal("the hub's return does not redraw the start screen")
	}
	if s := h.m.State(); s.Title != tr(i18n.FI, i18n.Welcome) {
		t.Fatalf("back online: %+v", s)
	}
}

// A hub that does not answer in time: the ticket comes from the block.
func TestARequestWithNoReplyIsIssuedFromTheBlock(t *testing.T) {
	online := true
	h, _ := offlineHarness(t, &online)
	h.iss.err = fmt.Errorf("hubclient: no reply: %w", context.DeadlineExceeded)
	h.do("start", "agency:vero", "service:vero-veroasiat", "run")
	if s := h.m.State(); s.Screen != flow.ScreenSuccess || s.Number != "R6" {
		t.Fatalf("after no reply: %+v", s)
	}
	h.iss.err = refused(wire.ErrCodeClosed) // a refusal is the hub's answer: no block number
	h.do("+11s", "+20s", "start", "agency:vero", "service:vero-veroasiat", "run")
	if s := h.m.State(); s.Screen != flow.ScreenFailed {
		t.Fatalf("after a refusal: %+v", s)
	}
}
