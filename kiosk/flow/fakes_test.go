package flow_test

import (
	"context"
	"errors"
	"strconv"
	"strings"
	"testing"
	"time"

	"vuoro/kiosk/flow"
	"vuoro/shared/i18n"
	"vuoro/shared/wire"
)

var t0 = time.Date(2026, 11, 22, 10, 15, 0, 0, time.UTC)

func catalog() *wire.Catalog {
	return &wire.Catalog{
		Site: wire.Site{ID: "lahti", WaitingRoom: "Odotusaula Lahti", TimeZone: "Europe/Helsinki",
			WaitingRooms: wire.Names{"fi": "Odotusaula Lahti", "sv": "Väntsal Lahtis"}, PublicURL: "https://vuoro.lahti.fi",
			Wayfinding: wire.Names{"fi": "Siirry odotusaulaan seuraamalla keltaista viivaa.",
				"sv": "Gå till väntsalen längs den gula linjen."}},
		Agencies: []wire.Agency{
			{ID: "vero", Names: wire.Names{"fi": "Verohallinto", "sv": "Skatteförvaltningen", "en": "Tax Administration"},
				Services: []wire.Service{
					{ID: "vero-veroasiat", Letter: "R", Open: true, Names: wire.Names{"fi": "Veroasiat", "sv": "Skatteärenden"}},
					{ID: "vero-verokortit", Letter: "S", Open: true, Names: wire.Names{"fi": "Verokortit"}},
					{ID: "vero-kv", Letter: "T", Names: wire.Names{"fi": "Kansainvälinen verotus"}},
				}},
			{ID: "kela", Names: wire.Names{"fi": "Kela"}, Services: []wire.Service{
				{ID: "kela-yleinen", Letter: "K", Open: true, Names: wire.Names{"fi": "Kelan palvelut"}}}},
		},
	}
}

type fakeIssuer struct {
	err   error
	ahead int
	reqs  []string // "service/lang" per call
}

func (f *fakeIssuer) Issue(_ context.Context, service, lang string) (wire.Ticket, error) {
	f.reqs = append(f.reqs, service+"/"+lang)
	if f.err != nil {
		return wire.Ticket{}, f.err
	}
	return wire.Ticket{CallID: "R19", Service: service, Ahead: f.ahead, Issued: t0}, nil
}

type fakePrinter struct {
	err     error
	printed []flow.TicketInfo
}

func (f *fakePrinter) PrintTicket(t flow.TicketInfo) error {
	f.printed = append(f.printed, t)
	return f.err
}

type fakeHelper struct {
	err   error
	calls []string // "lang/screen", and "/ticket" when after a ticket
}

// Help records the call; the hub's id of the nth request is n.
func (f *fakeHelper) Help(_ context.Context, c flow.HelpCall) (uint64, error) {
	call := c.Lang + "/" + c.Screen
	if c.AfterTicket {
		call += "/ticket"
	}
	f.calls = append(f.calls, call)
	if f.err != nil {
		return 0, f.err
	}
	return uint64(len(f.calls)), nil
}

type refused string

func (r refused) Error() string       { return "hubclient: refused: " + string(r) }
func (r refused) RefusalCode() string { return string(r) }

// tooEarly is the hub's refusal of a check-in before its window opens at.
type tooEarly struct{ at time.Time }

func (e tooEarly) Error() string             { return "hubclient: refused: too_early" }
func (e tooEarly) RefusalCode() string       { return wire.ErrCodeTooEarly }
func (e tooEarly) RefusalOpensAt() time.Time { return e.at }

// harness drives a Model through steps written as strings: an action id is
// tapped; "run" runs the pending jobs, applies them and ticks; "+5s" moves
// the clock on and ticks; "hub:1:taken" is the hub's help state for
// request 1.
type harness struct {
	t    *testing.T
	m    *flow.Model
	iss  *fakeIssuer
	prn  *fakePrinter
	help *fakeHelper
	now  time.Time
	jobs []*flow.Job
}

func newHarness(t *testing.T, withCatalog bool, set ...func(*flow.Options)) *harness {
	h := &harness{t: t, iss: &fakeIssuer{ahead: 3}, prn: &fakePrinter{}, help: &fakeHelper{}, now: t0}
	o := flow.Options{Issuer: h.iss, Printer: h.prn, Helper: h.help}
	for _, f := range set {
		f(&o)
	}
	m, err := flow.New(o)
	if err != nil {
		t.Fatal(err)
	}
	h.m = m
	if withCatalog {
		m.SetCatalog(catalog())
	}
	m.Tick(h.now)
	return h
}

func (h *harness) do(steps ...string) {
	h.t.Helper()
	for _, s := range steps {
		switch {
		case s == "run":
			h.runJobs()
		case strings.HasPrefix(s, "scan:"):
			if j := h.m.Scan(strings.TrimPrefix(s, "scan:")); j != nil {
				h.jobs = append(h.jobs, j)
			}
		case strings.HasPrefix(s, "hub:"):
			id, state, _ := strings.Cut(strings.TrimPrefix(s, "hub:"), ":")
			n, err := strconv.ParseUint(id, 10, 64)
			if err != nil {
				h.t.Fatalf("step %q: %v", s, err)
			}
			h.m.SetHelpState(n, state)
		case strings.HasPrefix(s, "+"):
			d, err := time.ParseDuration(s[1:])
			if err != nil {
				h.t.Fatalf("step %q: %v", s, err)
			}
			h.now = h.now.Add(d)
			h.m.Tick(h.now)
		default:
			if j := h.m.Tap(flow.Action(s)); j != nil {
				h.jobs = append(h.jobs, j)
			}
		}
	}
}

func (h *harness) runJobs() {
	for _, j := range h.jobs {
		h.m.Apply(j.Run(context.Background()))
	}
	h.jobs = nil
	h.m.Tick(h.now)
}

var errNoHub = errors.New("hubclient: no reply from hub: context deadline exceeded")

// tr is i18n.T, short for the tables.
func tr(l i18n.Lang, k i18n.Key, args ...any) string { return i18n.T(l, k, args...) }
