package flow_test

import (
	"slices"
	"strings"
	"testing"

	"vuoro/kiosk/flow"
)

// fakeSpeaker records what would be said: "fi flush alert: text".
type fakeSpeaker struct{ said []string }

func (f *fakeSpeaker) Say(u flow.Utterance) {
	s := string(u.Lang)
	if u.Flush {
		s += " flush"
	}
	s += [...]string{"", " alert", " error"}[u.Sound]
	f.said = append(f.said, s+": "+u.Text)
}

var keyNames = map[string]flow.Key{"prev": flow.KeyPrev, "next": flow.KeyNext, "select": flow.KeySelect, "help": flow.KeyHelp}

// accessHarness is a harness whose steps may also be keys, "key:next",
// or the headset, "plug" and "unplug", and that announces after every
// step, as the view does.
type accessHarness struct {
	*harness
	sp *fakeSpeaker
}

func newAccess(t *testing.T, speech bool, set ...func(*flow.Options)) *accessHarness {
	sp := &fakeSpeaker{}
	set = append(set, func(o *flow.Options) { o.Speaker, o.Speech = sp, speech })
	return &accessHarness{harness: newHarness(t, true, set...), sp: sp}
}

func (a *accessHarness) do(steps ...string) {
	a.t.Helper()
	for _, s := range steps {
		if name, ok := strings.CutPrefix(s, "key:"); ok {
			k, known := keyNames[name]
			if !known {
				a.t.Fatalf("step %q: no such key", s)
			}
			if j := a.m.Press(k); j != nil {
				a.jobs = append(a.jobs, j)
			}
		} else if s == "plug" || s == "unplug" {
			a.m.Headset(s == "plug")
		} else {
			a.harness.do(s)
		}
		a.m.Announce()
	}
}

// focused is the label of the choice the focus ring is on, "" for none.
func focused(s flow.State) string {
	var out []string
	for _, b := range slices.Concat(s.Choices, s.Bar, slices.Concat(s.Keys...)) {
		if b.KeyFocus {
			out = append(out, b.Label)
		}
	}
	for _, f := range s.Inputs {
		if f.KeyFocus {
			out = append(out, f.Label)
		}
	}
	return strings.Join(out, "+")
}

// TestKeys drives the kiosk with the keys alone, as a citizen who cannot
// see or touch the screen does.
func TestKeys(t *testing.T) {
	tests := []struct {
		name    string
		steps   []string
		screen  flow.Screen
		focus   string // the label under the focus ring
		number  string
		printed int
		helps   int
	}{
		{name: "no ring before a key", screen: flow.ScreenStart},
		{name: "first key only shows the focus", steps: []string{"key:select"}, screen: flow.ScreenStart, focus: "Aloita tästä"},
		{name: "select starts", steps: []string{"key:next", "key:select"}, screen: flow.ScreenAgency, focus: "Verohallinto"},
		{name: "next moves on", steps: []string{"key:next", "key:select", "key:next"}, screen: flow.ScreenAgency, focus: "Kela"},
		{name: "prev wraps to the bar's last", steps: []string{"key:next", "key:prev"}, screen: flow.ScreenStart, focus: "Suurenna"},
		{name: "next wraps to the first", steps: []string{"key:next", "key:prev", "key:next"}, screen: flow.ScreenStart, focus: "Aloita tästä"},
		{name: "focus starts again on a new screen", steps: []string{"key:next", "key:select", "key:next", "key:select"},
			screen: flow.ScreenService, focus: "Kelan palvelut"},
		{name: "a closed service is focused but not chosen",
			steps:  []string{"key:next", "key:select", "key:select", "key:next", "key:next", "key:select"},
			screen: flow.ScreenService, focus: "Kansainvälinen verotus (suljettu)"},
		{name: "keys only to a printed ticket", steps: []string{"key:next", "key:select", "key:select", "key:select", "run"},
			screen: flow.ScreenSuccess, focus: "FI", number: "R19", printed: 1},
		{name: "language by keys", steps: []string{"key:next", "key:next", "key:next", "key:select"},
			screen: flow.ScreenStart, focus: "SV"},
		{name: "help key", steps: []string{"key:help", "run"}, screen: flow.ScreenStart, focus: "Aloita tästä", helps: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := newAccess(t, false)
			a.do(tt.steps...)
			s := a.m.State()
			if s.Screen != tt.screen || focused(s) != tt.focus || s.Number != tt.number {
				t.Errorf("screen %v, focus %q, number %q; want %v, %q, %q", s.Screen, focused(s), s.Number, tt.screen, tt.focus, tt.number)
			}
			if len(a.prn.printed) != tt.printed || len(a.help.calls) != tt.helps {
				t.Errorf("printed %d, helps %d; want %d, %d", len(a.prn.printed), len(a.help.calls), tt.printed, tt.helps)
			}
		})
	}
}

// TestSpeech checks what the kiosk says, step by step.
func TestSpeech(t *testing.T) {
	toTicket := []string{"key:next", "key:select", "key:select", "key:select", "run"}
	tests := []struct {
		name   string
		speech bool // a headset is plugged in
		steps  []string
		said   []string
	}{
		{name: "silent without headset or key", steps: []string{"start", "agency:vero"}},
		{name: "headset speaks taps", speech: true, steps: []string{"start"},
			said: []string{"fi flush: Valitse virasto, jonka palveluun haluat ilmoittautua."}},
		{name: "a key turns speech on", steps: []string{"key:next"},
			said: []string{"fi flush: Tervetuloa ilmoittautumaan.", "fi: Aloita tästä"}},
		{name: "a focus move cancels the stale", steps: []string{"key:next", "key:next", "key:next"},
			said: []string{"fi flush: Tervetuloa ilmoittautumaan.", "fi: Aloita tästä", "fi flush: suomi", "sv flush: svenska"}},
		{name: "the number as heard, and the way", steps: toTicket[:5], said: []string{
			"fi flush: Tervetuloa ilmoittautumaan.", "fi: Aloita tästä",
			"fi flush: Valitse virasto, jonka palveluun haluat ilmoittautua.", "fi: Verohallinto",
			"fi flush: Ilmoittautuminen ilman ajanvarausta. Ilmoittaudu palveluun. Verohallinto.", "fi: Veroasiat",
			"fi flush: Odota hetki, vuoronumeroasi tulostetaan.",
			"fi flush: Ilmoittautuminen onnistui. Vuoronumerosi on R 19. Edelläsi jonossa 3 henkilöä. Siirry odotusaulaan seuraamalla keltaista viivaa."}},
		{name: "more time? is asked aloud", speech: true, steps: []string{"lang:sv", "start", "+60s"}, said: []string{
			"sv flush: Välkommen att anmäla dig.", "sv flush: Välj den myndighet vars tjänst du vill anmäla dig till.",
			"sv flush alert: Behöver du mer tid? Vyn stängs om 20 sekunder. Mer tid."}},
		{name: "on keys, any key answers and does only that", steps: []string{"key:next", "key:select", "+60s", "key:select", "+59s"}, said: []string{
			"fi flush: Tervetuloa ilmoittautumaan.", "fi: Aloita tästä",
			"fi flush: Valitse virasto, jonka palveluun haluat ilmoittautua.", "fi: Verohallinto",
			"fi flush alert: Tarvitsetko lisää aikaa? Näkymä suljetaan 20 sekunnin kuluttua. Paina mitä tahansa näppäintä, niin saat lisää aikaa."}},
		{name: "swedish", speech: true, steps: []string{"lang:sv", "start"}, said: []string{
			"sv flush: Välkommen att anmäla dig.", "sv flush: Välj den myndighet vars tjänst du vill anmäla dig till."}},
		{name: "help is an alert with a sound", speech: true, steps: []string{"help", "run", "hub:1:taken"}, said: []string{
			"fi flush: Tervetuloa ilmoittautumaan.", "fi alert: Kutsutaan apua…", "fi alert: Apua on tulossa. Neuvoja tulee luoksesi.",
			"fi alert: Neuvoja on nähnyt pyyntösi ja on tulossa luoksesi."}},
		{name: "an error has its sound", speech: true, steps: []string{"start", "agency:vero", "service:vero-veroasiat", "fail", "run"}, said: []string{
			"fi flush: Valitse virasto, jonka palveluun haluat ilmoittautua.",
			"fi flush: Ilmoittautuminen ilman ajanvarausta. Ilmoittaudu palveluun. Verohallinto.",
			"fi flush: Odota hetki, vuoronumeroasi tulostetaan.",
			"fi flush error: Ilmoittautuminen ei onnistunut. Ilmoittautuminen ei juuri nyt onnistu. Pyydä apua neuvojalta."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := newAccess(t, tt.speech)
			for _, s := range tt.steps {
				if s == "fail" {
					a.iss.err = errNoHub
					continue
				}
				a.do(s)
			}
			if !slices.Equal(a.sp.said, tt.said) {
				t.Errorf("said\n%s\nwant\n%s", strings.Join(a.sp.said, "\n"), strings.Join(tt.said, "\n"))
			}
		})
	}
}

func TestSpokenNumber(t *testing.T) {
	for in, want := range map[string]string{"R19": "R 19", "AB7": "AB 7", "K100": "K 100", "": "", "12": "12"} {
		if got := flow.SpokenNumber(in); got != want {
			t.Errorf("SpokenNumber(%q) = %q, want %q", in, got, want)
		}
	}
}
