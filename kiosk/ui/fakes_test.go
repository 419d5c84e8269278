package ui

import (
	"context"
	"errors"
	"testing"
	"time"

	"vuoro/kiosk/flow"
	"vuoro/shared/wire"
)

var t0 = time.Date(2026, 11, 22, 10, 15, 0, 0, time.UTC)

// sixAgencies is a catalog like the one the hub publishes for Lahti.
func sixAgencies() *wire.Catalog {
	svc := func(id, letter, fi, sv, en string, open bool) wire.Service {
		return wire.Service{ID: id, Letter: letter, Open: open, Names: wire.Names{"fi": fi, "sv": sv, "en": en}}
	}
	ag := func(id, fi, sv, en string, s ...wire.Service) wire.Agency {
		return wire.Agency{ID: id, Names: wire.Names{"fi": fi, "sv": sv, "en": en}, Services: s}
	}
	return &wire.Catalog{
		Site: wire.Site{ID: "lahti", WaitingRoom: "Odotusaula Lahti", TimeZone: "Europe/Helsinki",
			Wayfinding: wire.Names{"fi": "Siirry odotusaulaan seuraamalla keltaista viivaa.",
				"sv": "Gå till väntsalen genom att följa den gula linjen.",
				"en": "Go to the waiting room by following the yellow line."}},
		Agencies: []wire.Agency{
			ag("dvv", "Digi- ja väestötietovirasto", "Myndigheten för digitalisering och befolkningsdata", "Digital and Population Data Services Agency",
				svc("dvv-asiat", "D", "Väestötietoasiat", "Befolkningsdata", "Population data", true)),
			ag("vero", "Verohallinto", "Skatteförvaltningen", "Finnish Tax Administration",
				svc("vero-veroasiat", "R", "Veroasiat", "Skatteärenden", "Tax matters", true),
				svc("vero-verokortit", "S", "Verokortit", "Skattekort", "Tax cards", true),
				svc("vero-kv", "T", "Kansainvälinen verotus", "Internationell beskattning", "International taxation", false)),
			ag("ely", "Elinkeino-, liikenne- ja ympäristökeskus", "Närings-, trafik- och miljöcentralen", "Centre for Economic Development, Transport and the Environment",
				svc("ely-asiat", "E", "ELY-asiat", "NTM-ärenden", "ELY matters", true)),
			ag("mml", "Maanmittauslaitos", "Lantmäteriverket", "National Land Survey of Finland",
				svc("mml-kiinteistot", "M", "Kiinteistöasiat", "Fastighetsärenden", "Property matters", true)),
			ag("kela", "Kela (Kansaneläkelaitos)", "FPA (Folkpensionsanstalten)", "Kela (Social Insurance Institution)",
				svc("kela-yleinen", "K", "Kelan palvelut", "FPA:s tjänster", "Kela services", true)),
			ag("ulosotto", "Ulosottolaitos", "Utsökningsverket", "National Enforcement Authority",
				svc("ulosotto-asiat", "U", "Ulosottoasiat", "Utsökningsärenden", "Enforcement matters", true)),
		},
	}
}

type fakeHub struct {
	issueErr, helpErr error
	// offline: the hub cannot be reached, and the kiosk has left numbers
	// of each service in its blocks.
	offline bool
	left    map[string]int
}

func (f *fakeHub) IssueOffline(service, _, _ string) (wire.Ticket, error) {
	f.left[service]--
	return wire.Ticket{CallID: "R2", Service: service, Issued: t0, Offline: true}, nil
}

func (f *fakeHub) Left(service, _ string) int { return f.left[service] }

func (f *fakeHub) Issue(_ context.Context, service, _ string) (wire.Ticket, error) {
	if f.issueErr != nil {
		return wire.Ticket{}, f.issueErr
	}
	return wire.Ticket{CallID: "R19", Service: service, Ahead: 3, Issued: t0}, nil
}

// Help records every request as the hub's request 1.
func (f *fakeHub) Help(context.Context, flow.HelpCall) (uint64, error) { return 1, f.helpErr }

type fakePrinter struct{ err error }

func (f *fakePrinter) PrintTicket(flow.TicketInfo) error { return f.err }

var errDown = errors.New("hubclient: no reply from the hub")

// drive makes a model with a catalog and takes it through actions; "run"
// runs the pending jobs at once; "hub:taken" is the hub's state of help
// request 1.
func drive(t *testing.T, hub *fakeHub, prn *fakePrinter, actions ...string) *flow.Model {
	t.Helper()
	o := flow.Options{Issuer: hub, Printer: prn, Helper: hub}
	if hub.offline {
		o.Reach, o.Offline = flow.ReachFunc(func() bool { return false }), hub
	}
	m, err := flow.New(o)
	if err != nil {
		t.Fatal(err)
	}
	m.SetCatalog(sixAgencies())
	m.Tick(t0)
	runTaps(m, actions, "")
	return m
}
