package flow_test

import (
	"context"
	"errors"
	"path/filepath"
	"slices"
	"sync/atomic"
	"testing"
	"time"

	"vuoro/kiosk/flow"
	"vuoro/kiosk/outbox"
	"vuoro/shared/i18n"
	"vuoro/shared/wire"
)

// printerState is the printer's real-time status as the kiosk reads it.
type printerState struct{ v atomic.Value }

func (p *printerState) PrinterState() wire.PrinterState { return p.v.Load().(wire.PrinterState) }

func (p *printerState) set(s wire.PrinterState) { p.v.Store(s) }

// requestIssuer hands out R19 as the hub does, with its request id.
type requestIssuer struct{ fakeIssuer }

func (f *requestIssuer) Issue(ctx context.Context, service, lang string) (wire.Ticket, error) {
	t, err := f.fakeIssuer.Issue(ctx, service, lang)
	t.Request = "req-1"
	return t, err
}

// printerHarness is a kiosk with a printer whose state the test sets, a
// real outbox as its print journal and the site's number-only setting.
func printerHarness(t *testing.T, numberOnly bool) (*harness, *printerState, *outbox.Outbox) {
	box, err := outbox.Open(filepath.Join(t.TempDir(), "outbox.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { box.Close() })
	ps := &printerState{}
	ps.set(wire.PrinterOK)
	iss := &requestIssuer{fakeIssuer{ahead: 3}}
	h := &harness{t: t, iss: &iss.fakeIssuer, prn: &fakePrinter{}, help: &fakeHelper{}, now: t0}
	h.m, err = flow.New(flow.Options{Issuer: iss, Printer: h.prn, Helper: h.help, PrinterStatus: ps, Journal: box})
	if err != nil {
		t.Fatal(err)
	}
	c := catalog()
	c.Site.NumberOnlyCheckin = numberOnly
	h.m.SetCatalog(c)
	h.m.Tick(h.now)
	return h, ps, box
}

// Out of paper, cover open or offline, the printer keeps the start screen
// saying so in the citizen's language, with no way to a ticket; the kiosk
// serves again as soon as the printer does.
func TestPrinterOutOffersNoService(t *testing.T) {
	for _, state := range []wire.PrinterState{wire.PrinterPaperOut, wire.PrinterCoverOpen, wire.PrinterOffline} {
		h, ps, _ := printerHarness(t, false)
		ps.set(state)
		if !h.m.Tick(h.now.Add(time.Second)) {
			t.Errorf("%s: the start screen did not change", state)
		}
		for _, l := range []i18n.Lang{i18n.FI, i18n.SV, i18n.EN} {
			h.do("lang:" + string(l))
			s := h.m.State()
			if s.Title != tr(l, i18n.PrinterOut) || s.Error != tr(l, i18n.PrinterOutHelp) || len(s.Choices) != 0 {
				t.Fatalf("%s, %s: start screen %q %q %v", state, l, s.Title, s.Error, s.Choices)
			}
		}
		h.do("start")
		if s := h.m.State(); s.Screen != flow.ScreenStart || len(h.iss.reqs) != 0 {
			t.Fatalf("%s: a tap on the start screen went to %v, requests %v", state, s.Screen, h.iss.reqs)
		}
		ps.set(wire.PrinterPaperNearEnd) // it prints
		h.do("+1s", "cancel", "start", "agency:vero", "service:vero-veroasiat", "run")
		if s := h.m.State(); s.Screen != flow.ScreenSuccess || len(h.prn.printed) != 1 {
			t.Fatalf("%s, then near end: %v, %d printed", state, s.Screen, len(h.prn.printed))
		}
	}
}

// With the printer out, a kiosk that knows the hub's join address offers
// the phone instead: its QR code and a line that says so, in the citizen's
// language; without an address (the hub lost), neither.
func TestPrinterOutOffersThePhone(t *testing.T) {
	const join = "https://vuoro.lahti.example/join/Xq3k9LmP0aZt"
	addr := join
	iss := &fakeIssuer{}
	h := &harness{t: t, iss: iss, prn: &fakePrinter{}, help: &fakeHelper{}, now: t0}
	ps := &printerState{}
	ps.set(wire.PrinterPaperOut)
	var err error
	h.m, err = flow.New(flow.Options{Issuer: iss, Printer: h.prn, Helper: h.help, PrinterStatus: ps,
		Join: func() string { return addr }})
	if err != nil {
		t.Fatal(err)
	}
	h.m.SetCatalog(catalog())
	h.m.Tick(h.now)
	for _, l := range []i18n.Lang{i18n.FI, i18n.SV, i18n.EN} {
		h.do("lang:" + string(l))
		if s := h.m.State(); s.QR != join || !slices.Contains(s.Lines, tr(l, i18n.JoinByPhone)) || s.Title != tr(l, i18n.PrinterOut) {
			t.Fatalf("%s: start screen %q, lines %q, QR %q", l, s.Title, s.Lines, s.QR)
		}
	}
	addr = ""
	if s := h.m.State(); s.QR != "" || len(s.Lines) != 0 {
		t.Fatalf("without a join address: QR %q, lines %q", s.QR, s.Lines)
	}
	ps.set(wire.PrinterOK)
	addr = join
	h.do("+1s")
	if s := h.m.State(); s.QR != "" {
		t.Fatalf("a printing kiosk shows the phone's QR code %q", s.QR)
	}
}

// A printer that stops while the citizen chooses leaves no ticket asked
// for: the citizen is told the printer is out.
func TestPrinterStoppingWhileChoosingAsksForNoTicket(t *testing.T) {
	h, ps, _ := printerHarness(t, false)
	h.do("start", "agency:vero")
	ps.set(wire.PrinterPaperOut)
	h.do("+1s", "service:vero-veroasiat", "run")
	s := h.m.State()
	if len(h.iss.reqs) != 0 || s.Title != tr(i18n.FI, i18n.PrinterOut) || s.Error != tr(i18n.FI, i18n.PrinterOutHelp) || s.Number != "" {
		t.Fatalf("requests %v, screen %q %q %q", h.iss.reqs, s.Title, s.Error, s.Number)
	}
}

// With number-only check-in the kiosk issues while its printer is out,
// says so on the start screen, does not print, and shows the number
// large, saying it was not printed, long enough to note it down.
func TestNumberOnlyCheckinShowsTheNumber(t *testing.T) {
	h, ps, box := printerHarness(t, true)
	ps.set(wire.PrinterPaperOut)
	h.do("+1s", "lang:sv")
	if s := h.m.State(); s.Title != tr(i18n.SV, i18n.Welcome) || s.Subtitle != tr(i18n.SV, i18n.NumberOnlyNote) || len(s.Choices) != 1 {
		t.Fatalf("start screen %q %q %v", s.Title, s.Subtitle, s.Choices)
	}
	h.do("start", "agency:vero", "service:vero-veroasiat", "run")
	s := h.m.State()
	if s.Screen != flow.ScreenSuccess || s.Number != "R19" || s.Error != tr(i18n.SV, i18n.NotPrinted) || len(h.prn.printed) != 0 {
		t.Fatalf("success %v %q %q, %d printed", s.Screen, s.Number, s.Error, len(h.prn.printed))
	}
	if s.Seconds != 30 {
		t.Errorf("the number-only success screen closes in %d s, want 30", s.Seconds)
	}
	h.do("+29s")
	if h.m.State().Screen != flow.ScreenSuccess {
		t.Fatal("closed before its 30 s")
	}
	h.do("+1s", "+20s") // 30 s, then "more time?" unanswered for 20 s
	if h.m.State().Screen != flow.ScreenStart {
		t.Fatal("still open after 30 s and the question")
	}
	if u, err := box.Unfinished(); err != nil || len(u) != 0 {
		t.Fatalf("a number shown on the screen left a print unfinished: %v %v", u, err)
	}
}

// journalPrinter fails as a printer does in the middle of a ticket, and
// notes what the journal held while it printed.
type journalPrinter struct {
	box    *outbox.Outbox
	during []outbox.Unfinished
}

func (p *journalPrinter) PrintTicket(flow.TicketInfo) error {
	p.during, _ = p.box.Unfinished()
	return errors.New("escpos: paper out")
}

// A printer that fails while printing an issued ticket leaves the number
// on the screen with advice; the ticket was in the journal while it
// printed, and is no longer once the number is on the screen.
func TestPrinterFailingMidPrintKeepsTheNumberOnScreen(t *testing.T) {
	box, err := outbox.Open(filepath.Join(t.TempDir(), "outbox.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer box.Close()
	prn := &journalPrinter{box: box}
	iss := &requestIssuer{fakeIssuer{ahead: 3}}
	m, err := flow.New(flow.Options{Issuer: iss, Printer: prn, Helper: &fakeHelper{}, Journal: box})
	if err != nil {
		t.Fatal(err)
	}
	m.SetCatalog(catalog())
	m.Tick(t0)
	m.Start()
	m.ChooseAgency("vero")
	r := m.ChooseService("vero-veroasiat").Run(context.Background())
	m.Apply(r)
	s := m.State()
	if s.Screen != flow.ScreenFailed || s.Number != "R19" || s.Error != tr(i18n.FI, i18n.PrinterFailed) || r.Err() == nil {
		t.Fatalf("screen %v %q %q, err %v", s.Screen, s.Number, s.Error, r.Err())
	}
	if len(prn.during) != 1 || prn.during[0].Request != "req-1" || prn.during[0].CallID != "R19" || prn.during[0].Offline {
		t.Fatalf("the journal while printing: %+v", prn.during)
	}
	if u, _ := box.Unfinished(); len(u) != 0 {
		t.Fatalf("left unfinished after the number was shown: %+v", u)
	}
}
