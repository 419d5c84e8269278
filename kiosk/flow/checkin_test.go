package flow_test

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"vuoro/kiosk/flow"
	"vuoro/shared/i18n"
	"vuoro/shared/wire"
)

// fakeCheckIner answers every query with Matti's appointment at 13:00 in
// room 6, or with err; it notes each query without its personal data:
// "card/fi/vero" or "name:Matti Virtanen@13:00/fi/".
type fakeCheckIner struct {
	err  error
	got  []string
	seen []string // the codes of cards, to check they reach the hub side
}

func (f *fakeCheckIner) CheckIn(_ context.Context, q flow.CheckinQuery) (wire.Checkin, error) {
	by := "card"
	if q.ID.IsZero() {
		by = "name:" + q.Name + "@" + q.Time
	} else {
		f.seen = append(f.seen, q.ID.Code())
	}
	f.got = append(f.got, by+"/"+q.Lang+"/"+q.Agency)
	if f.err != nil {
		return wire.Checkin{}, f.err
	}
	return wire.Checkin{Ticket: wire.Ticket{CallID: "R20", Service: "vero-veroasiat", Issued: t0}, FirstName: "Matti",
		At: time.Date(2026, 11, 22, 11, 0, 0, 0, time.UTC), Room: "6"}, nil
}

func withCheckin(h **fakeCheckIner) func(*flow.Options) {
	return func(o *flow.Options) {
		*h = &fakeCheckIner{}
		o.CheckIner = *h
	}
}

var toAppointment = []string{"start", "agency:vero", "appointment"}

// typeText taps the keys of s on the on-screen keyboard.
func typeText(s string) []string {
	var out []string
	for _, r := range strings.ToUpper(s) {
		if r == ' ' {
			out = append(out, "space")
			continue
		}
		out = append(out, string(flow.KeyAction(r)))
	}
	return out
}

func TestCheckin(t *testing.T) {
	tests := []struct {
		name   string
		err    error
		steps  []string
		screen flow.Screen
		title  string
		errTxt string
		lines  []string
		asked  []string
		prints int
	}{
		{name: "agency asks whether there is an appointment", steps: []string{"start", "agency:vero"},
			screen: flow.ScreenKind, title: "Ilmoittaudu tästä"},
		{name: "no appointment goes to the services", steps: []string{"start", "agency:vero", "no-appointment"},
			screen: flow.ScreenService, title: "Ilmoittautuminen ilman ajanvarausta"},
		{name: "appointment screen", steps: toAppointment, screen: flow.ScreenAppointment,
			title: tr(i18n.FI, i18n.WithAppointment), lines: []string{"Lukija on laitteen oikeassa reunassa."}},
		{name: "card checks in", steps: steps(toAppointment, []string{"scan:010280-952L", "run"}),
			screen: flow.ScreenSuccess, title: "Tervetuloa, Matti!", asked: []string{"card/fi/vero"}, prints: 1,
			lines: []string{"Sinut kutsutaan ajanvarauksesi aikaan klo 13:00.", "Huone 6"}},
		{name: "card in swedish", steps: steps(toAppointment, []string{"lang:sv", "scan:010280-952L", "run"}),
			screen: flow.ScreenSuccess, title: "Välkommen, Matti!", asked: []string{"card/sv/vero"}, prints: 1,
			lines: []string{"Du blir uppropad vid din bokade tid kl. 13:00.", "Rum 6"}},
		{name: "a scan on the start screen jumps into check-in", steps: []string{"lang:en", "scan:010280-952L"},
			screen: flow.ScreenCheckingIn, title: tr(i18n.EN, i18n.CheckingIn), asked: nil},
		{name: "a scan on the service list", steps: []string{"start", "agency:vero", "no-appointment", "scan:010280-952L", "run"},
			screen: flow.ScreenSuccess, title: "Tervetuloa, Matti!", asked: []string{"card/fi/vero"}, prints: 1,
			lines: []string{"Sinut kutsutaan ajanvarauksesi aikaan klo 13:00.", "Huone 6"}},
		{name: "broken check character", steps: []string{"scan:010280-952M"}, screen: flow.ScreenAppointment,
			errTxt: "Kortin koodia ei voitu käyttää. Henkilötunnuksen tarkistusmerkki ei täsmää. Yritä uudelleen tai kirjoita nimesi ja aika."},
		{name: "no such date", steps: []string{"lang:en", "scan:310280-952L"}, screen: flow.ScreenAppointment,
			errTxt: "The card's code could not be used. The date of birth in the personal identity code does not exist. Try again, or type your name and time."},
		{name: "unknown century sign", steps: []string{"scan:010280G952L"}, screen: flow.ScreenAppointment,
			errTxt: "Kortin koodia ei voitu käyttää. Henkilötunnuksen välimerkki on tuntematon. Yritä uudelleen tai kirjoita nimesi ja aika."},
		{name: "a code without one", steps: []string{"lang:sv", "scan:6417700050589"}, screen: flow.ScreenAppointment,
			errTxt: "Kortets kod kunde inte användas. Koden innehåller ingen personbeteckning. Försök igen eller skriv ditt namn och tiden."},
		{name: "a good scan after a broken one", steps: []string{"scan:010280-952M", "scan:010280-952L", "run"},
			screen: flow.ScreenSuccess, asked: []string{"card/fi/"}, prints: 1, title: "Tervetuloa, Matti!",
			lines: []string{"Sinut kutsutaan ajanvarauksesi aikaan klo 13:00.", "Huone 6"}},
		{name: "typed name and time", steps: steps(toAppointment, []string{"type"}, typeText("matti virtanen"), []string{"field:time"}, typeText("1300"), []string{"continue", "run"}),
			screen: flow.ScreenSuccess, title: "Tervetuloa, Matti!", asked: []string{"name:Matti Virtanen@13:00/fi/vero"}, prints: 1,
			lines: []string{"Sinut kutsutaan ajanvarauksesi aikaan klo 13:00.", "Huone 6"}},
		{name: "å ä ö typed", steps: steps(toAppointment, []string{"type"}, typeText("åsa öberg-mäki"), []string{"field:time"}, typeText("0905"), []string{"continue"}),
			screen: flow.ScreenCheckingIn, asked: nil},
		{name: "continue needs a whole time", steps: steps(toAppointment, []string{"type"}, typeText("matti virtanen"), []string{"field:time"}, typeText("130"), []string{"continue"}),
			screen: flow.ScreenTyping},
		{name: "no match tells what to do", err: refused(wire.ErrCodeNoMatch), steps: steps(toAppointment, []string{"scan:010280-952L", "run"}),
			screen: flow.ScreenFailed, errTxt: tr(i18n.FI, i18n.NoMatch), asked: []string{"card/fi/vero"}},
		{name: "no match in english", err: refused(wire.ErrCodeNoMatch), steps: steps(toAppointment, []string{"lang:en", "scan:010280-952L", "run"}),
			screen: flow.ScreenFailed, errTxt: "We could not find your appointment for today. Check the name and time, or go to the service advisor.", asked: []string{"card/en/vero"}},
		{name: "ambiguous sends to the advisor", err: refused(wire.ErrCodeAmbiguous), steps: steps(toAppointment, []string{"lang:sv", "scan:010280-952L", "run"}),
			screen: flow.ScreenFailed, errTxt: tr(i18n.SV, i18n.Ambiguous), asked: []string{"card/sv/vero"}},
		{name: "too early says when to come back", err: tooEarly{time.Date(2026, 11, 22, 10, 30, 0, 0, time.UTC)},
			steps: steps(toAppointment, []string{"scan:010280-952L", "run"}), screen: flow.ScreenFailed,
			errTxt: "Ilmoittautuminen ajanvaraukseesi avautuu klo 12:30. Tule silloin uudelleen.", asked: []string{"card/fi/vero"}},
		{name: "too early in swedish", err: tooEarly{time.Date(2026, 11, 22, 10, 30, 0, 0, time.UTC)},
			steps: steps(toAppointment, []string{"lang:sv", "scan:010280-952L", "run"}), screen: flow.ScreenFailed,
			errTxt: "Anmälan till din bokade tid öppnar kl. 12:30. Kom tillbaka då.", asked: []string{"card/sv/vero"}},
		{name: "too late sends to the advisor", err: refused(wire.ErrCodeTooLate), steps: steps(toAppointment, []string{"lang:en", "scan:010280-952L", "run"}),
			screen: flow.ScreenFailed, errTxt: "The check-in time for your appointment has passed. Please see the service advisor.", asked: []string{"card/en/vero"}},
		{name: "back after no match is the appointment screen", err: refused(wire.ErrCodeNoMatch), steps: steps(toAppointment, []string{"scan:010280-952L", "run", "back"}),
			screen: flow.ScreenAppointment, asked: []string{"card/fi/vero"}},
		{name: "hub unreachable", err: errNoHub, steps: steps(toAppointment, []string{"scan:010280-952L", "run"}),
			screen: flow.ScreenFailed, errTxt: tr(i18n.FI, i18n.ErrUnavailable), asked: []string{"card/fi/vero"}},
		{name: "a scan while checking in is ignored", steps: steps(toAppointment, []string{"scan:010280-952L", "scan:100190Y999P", "cancel", "run"}),
			screen: flow.ScreenSuccess, title: "Tervetuloa, Matti!", asked: []string{"card/fi/vero"}, prints: 1,
			lines: []string{"Sinut kutsutaan ajanvarauksesi aikaan klo 13:00.", "Huone 6"}},
		{name: "checking in is never idle", steps: steps(toAppointment, []string{"scan:010280-952L", "+2m"}), screen: flow.ScreenCheckingIn},
		{name: "typing goes idle", steps: steps(toAppointment, []string{"type"}, typeText("matti"), []string{"+60s", "+20s"}), screen: flow.ScreenStart},
		{name: "success closes after 10 s", steps: steps(toAppointment, []string{"scan:010280-952L", "run", "+10s", "+20s"}),
			screen: flow.ScreenStart, asked: []string{"card/fi/vero"}, prints: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var chk *fakeCheckIner
			h := newHarness(t, true, withCheckin(&chk))
			chk.err = tt.err
			h.do(tt.steps...)
			if tt.asked == nil && tt.screen != flow.ScreenCheckingIn {
				tt.asked = []string{}
			}
			s := h.m.State()
			if s.Screen != tt.screen || tt.title != "" && s.Title != tt.title || s.Error != tt.errTxt {
				t.Errorf("screen %v %q error %q; want %v %q error %q", s.Screen, s.Title, s.Error, tt.screen, tt.title, tt.errTxt)
			}
			if tt.lines != nil && !slices.Equal(s.Lines, tt.lines) {
				t.Errorf("lines %q, want %q", s.Lines, tt.lines)
			}
			if tt.screen != flow.ScreenCheckingIn && !slices.Equal(chk.got, tt.asked) && (len(chk.got) > 0 || len(tt.asked) > 0) {
				t.Errorf("asked %q, want %q", chk.got, tt.asked)
			}
			if len(h.prn.printed) != tt.prints {
				t.Errorf("printed %d, want %d", len(h.prn.printed), tt.prints)
			}
		})
	}
}

// The typing screen: its fields as typed, the keys that type into the
// focused field, and Jatka enabled only with a name and a whole time.
func TestTypingScreen(t *testing.T) {
	var chk *fakeCheckIner
	h := newHarness(t, true, withCheckin(&chk))
	h.do(steps(toAppointment, []string{"type"}, typeText("anna-liisa  äijälä"), []string{"erase", "erase"})...)
	s := h.m.State()
	if s.Inputs[0].Value != "Anna-Liisa Äijä" || !s.Inputs[0].Focused || s.Inputs[1].Placeholder != "00:00" {
		t.Fatalf("inputs %+v", s.Inputs)
	}
	if key(s, "Ä").Enabled != true || key(s, "1").Enabled || choice(s, flow.ActContinue).Enabled {
		t.Fatalf("name focused: Ä %v, 1 %v, Jatka %v", key(s, "Ä").Enabled, key(s, "1").Enabled, choice(s, flow.ActContinue).Enabled)
	}
	h.do(steps([]string{"field:time"}, typeText("13051"), []string{"erase"}, typeText("7"))...)
	s = h.m.State()
	if s.Inputs[1].Value != "13:07" || !s.Inputs[1].Focused || key(s, "Ä").Enabled || !key(s, "1").Enabled || !choice(s, flow.ActContinue).Enabled {
		t.Fatalf("time %+v, Ä %v, Jatka %v", s.Inputs[1], key(s, "Ä").Enabled, choice(s, flow.ActContinue).Enabled)
	}
	if c := choice(s, flow.ActCancel); c.Label != "Peruuta" {
		t.Fatalf("cancel %+v", c)
	}
}

func key(s flow.State, label string) flow.Button {
	for _, row := range s.Keys {
		for _, k := range row {
			if k.Label == label {
				return k
			}
		}
	}
	return flow.Button{}
}

func choice(s flow.State, a flow.Action) flow.Button {
	for _, b := range s.Choices {
		if b.ID == a {
			return b
		}
	}
	return flow.Button{}
}

// The printed ticket of an appointment carries its time and room.
func TestCheckinPrintsRoom(t *testing.T) {
	var chk *fakeCheckIner
	h := newHarness(t, true, withCheckin(&chk))
	h.do(steps(toAppointment, []string{"scan:010280-952L", "run"})...)
	p := h.prn.printed[0]
	if p.Room != "6" || p.Appointment.IsZero() || p.Ticket.CallID != "R20" || p.Service != "Veroasiat" || p.Agency != "Verohallinto" {
		t.Fatalf("printed %+v", p)
	}
	if !slices.Equal(chk.seen, []string{"010280-952L"}) {
		t.Fatalf("the card's code reached the check-in as %q", chk.seen)
	}
}
