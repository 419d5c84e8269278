package flow_test

import (
	"errors"
	"reflect"
	"testing"
	"time"

	"vuoro/kiosk/flow"
	"vuoro/shared/i18n"
)

var errPaper = errors.New("escpos: paper out")

func labels(bs []flow.Button) []string {
	var out []string
	for _, b := range bs {
		out = append(out, b.Label)
	}
	return out
}

func TestServiceButtons(t *testing.T) {
	h := newHarness(t, true)
	h.do(toService...)
	s := h.m.State()
	want := []flow.Button{
		{ID: "service:vero-veroasiat", Label: "Veroasiat", Enabled: true},
		{ID: "service:vero-verokortit", Label: "Verokortit", Enabled: true},
		{ID: "service:vero-kv", Label: "Kansainvälinen verotus (suljettu)"},
	}
	if !reflect.DeepEqual(s.Choices, want) {
		t.Errorf("choices = %+v\nwant %+v", s.Choices, want)
	}
	if s.Subtitle != "Ilmoittaudu palveluun" || !reflect.DeepEqual(s.Lines, []string{"Verohallinto"}) {
		t.Errorf("subtitle %q, lines %q", s.Subtitle, s.Lines)
	}
	h.do("lang:sv")
	if got := labels(h.m.State().Choices); !reflect.DeepEqual(got, []string{"Skatteärenden", "Verokortit", "Kansainvälinen verotus (stängd)"}) {
		t.Errorf("swedish labels = %q", got)
	}
}

func TestBar(t *testing.T) {
	h := newHarness(t, true)
	bar := h.m.State().Bar
	if got := labels(bar); !reflect.DeepEqual(got, []string{"FI", "SV", "EN", "Apua", "Peruuta", "Suurenna"}) {
		t.Fatalf("bar = %q", got)
	}
	if !bar[0].Selected || bar[4].Enabled {
		t.Errorf("FI selected %v, cancel on start enabled %v", bar[0].Selected, bar[4].Enabled)
	}
	h.do("lang:en", "larger", "start")
	bar = h.m.State().Bar
	if got := labels(bar); !reflect.DeepEqual(got, []string{"FI", "SV", "EN", "Help", "Cancel", "Smaller"}) {
		t.Fatalf("bar = %q", got)
	}
	if !bar[2].Selected || bar[0].Selected || !bar[4].Enabled || !bar[5].Selected {
		t.Errorf("bar flags = %+v", bar)
	}
}

func TestSuccessTexts(t *testing.T) {
	h := newHarness(t, true)
	h.do(steps(toService, []string{veroasiat, "run"})...)
	s := h.m.State()
	want := flow.State{Screen: flow.ScreenSuccess, Lang: i18n.FI, Title: "Ilmoittautuminen onnistui!",
		Subtitle: "Siirry odotusaulaan seuraamalla keltaista viivaa.", Number: "R19",
		NumberText: "Vuoronumerosi on R19", Lines: []string{"Edelläsi jonossa 3 henkilöä"},
		Countdown: "Tiedot suljetaan automaattisesti 10 sekunnin kuluttua", Seconds: 10, Bar: s.Bar}
	if !reflect.DeepEqual(s, want) {
		t.Errorf("state = %+v\nwant %+v", s, want)
	}
	h.do("+9s")
	if got := h.m.State().Countdown; got != "Tiedot suljetaan automaattisesti 1 sekunnin kuluttua" {
		t.Errorf("countdown = %q", got)
	}
}

func TestAheadTexts(t *testing.T) {
	for n, want := range map[int]string{0: "Olet jonossa ensimmäisenä", 1: "Edelläsi jonossa 1 henkilö", 12: "Edelläsi jonossa 12 henkilöä"} {
		h := newHarness(t, true)
		h.iss.ahead = n
		h.do(steps(toService, []string{veroasiat, "run"})...)
		if got := h.m.State().Lines; !reflect.DeepEqual(got, []string{want}) {
			t.Errorf("ahead %d: lines %q, want %q", n, got, want)
		}
	}
}

func TestTicketInfo(t *testing.T) {
	h := newHarness(t, true)
	h.do(steps([]string{"lang:sv"}, toService, []string{veroasiat, "run"})...)
	if len(h.prn.printed) != 1 {
		t.Fatalf("printed %d tickets", len(h.prn.printed))
	}
	got := h.prn.printed[0]
	want := flow.TicketInfo{Lang: i18n.SV, WaitingRoom: "Väntsal Lahtis", PublicURL: "https://vuoro.lahti.fi",
		Agency: "Skatteförvaltningen", Service: "Skatteärenden", TimeZone: "Europe/Helsinki", Ticket: got.Ticket}
	if !reflect.DeepEqual(got, want) || got.Ticket.CallID != "R19" {
		t.Errorf("ticket info = %+v\nwant %+v", got, want)
	}
}

func TestTickReportsChanges(t *testing.T) {
	h := newHarness(t, true)
	if h.m.Tick(t0.Add(time.Second)) {
		t.Error("idle start screen changed")
	}
	h.do(steps(toService, []string{veroasiat, "run"})...)
	now := h.now
	if h.m.Tick(now.Add(500 * time.Millisecond)) {
		t.Error("countdown changed within its first second")
	}
	if !h.m.Tick(now.Add(1500 * time.Millisecond)) {
		t.Error("countdown did not change after a second")
	}
}

func TestCatalogUpdate(t *testing.T) {
	h := newHarness(t, true)
	h.do(toService...)
	c := catalog()
	c.Agencies = c.Agencies[1:]
	h.m.SetCatalog(c)
	if s := h.m.State(); s.Screen != flow.ScreenAgency || !reflect.DeepEqual(labels(s.Choices), []string{"Kela"}) {
		t.Errorf("after the agency left: screen %v, choices %q", s.Screen, labels(s.Choices))
	}
	h.m.SetCatalog(nil)
	if h.m.State().Screen != flow.ScreenAgency {
		t.Error("a nil catalog changed the screen")
	}
}

func TestNewNeedsDependencies(t *testing.T) {
	if _, err := flow.New(flow.Options{}); err == nil {
		t.Error("New accepted no issuer, printer or helper")
	}
}

func TestScreenNames(t *testing.T) {
	if flow.ScreenService.String() != "service" || flow.Screen(42).String() != "unknown" {
		t.Error("screen names")
	}
}
