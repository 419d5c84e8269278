package flow_test

import (
	"slices"
	"testing"

	"vuoro/kiosk/flow"
	"vuoro/shared/i18n"
)

// want is what a scenario checks; zero fields are not checked, except
// that Error and Number are always compared.
type want struct {
	screen  flow.Screen
	lang    i18n.Lang
	large   bool
	title   string
	number  string
	err     string
	notice  string
	seconds int
	issues  []string // the issuer's calls, "service/lang"
	helps   []string // the helper's calls, "lang/screen"
	printed int
}

const veroasiat = "service:vero-veroasiat"

var toService = []string{"start", "agency:vero"}

func steps(groups ...[]string) []string { return slices.Concat(groups...) }

func TestFlow(t *testing.T) {
	issued := []string{"vero-veroasiat/fi"}
	tests := []struct {
		name  string
		setup func(h *harness)
		noCat bool
		steps []string
		want  want
	}{
		{name: "start screen", want: want{screen: flow.ScreenStart, lang: i18n.FI, title: "Tervetuloa ilmoittautumaan!"}},
		{name: "start to agency", steps: []string{"start"},
			want: want{screen: flow.ScreenAgency, title: tr(i18n.FI, i18n.ChooseAgency)}},
		{name: "start without catalog", noCat: true, steps: []string{"start"},
			want: want{screen: flow.ScreenFailed, title: tr(i18n.FI, i18n.Failed), err: "Ilmoittautuminen ei juuri nyt onnistu. Pyydä apua neuvojalta."}},
		{name: "agency to service", steps: toService,
			want: want{screen: flow.ScreenService, title: "Ilmoittautuminen ilman ajanvarausta"}},
		{name: "unknown agency ignored", steps: []string{"start", "agency:nope"}, want: want{screen: flow.ScreenAgency}},
		{name: "closed service ignored", steps: steps(toService, []string{"service:vero-kv"}),
			want: want{screen: flow.ScreenService}},
		{name: "service to issuing", steps: steps(toService, []string{veroasiat}),
			want: want{screen: flow.ScreenIssuing, title: tr(i18n.FI, i18n.Issuing)}},
		{name: "issued and printed", steps: steps(toService, []string{veroasiat, "run"}),
			want: want{screen: flow.ScreenSuccess, title: "Ilmoittautuminen onnistui!", number: "R19", seconds: 10, issues: issued, printed: 1}},
		{name: "countdown", steps: steps(toService, []string{veroasiat, "run", "+3500ms"}),
			want: want{screen: flow.ScreenSuccess, number: "R19", seconds: 7, issues: issued, printed: 1}},
		{name: "countdown last second", steps: steps(toService, []string{veroasiat, "run", "+9s"}),
			want: want{screen: flow.ScreenSuccess, number: "R19", seconds: 1, issues: issued, printed: 1}},
		{name: "success closes after 10 s", steps: steps([]string{"lang:sv", "larger"}, toService, []string{veroasiat, "run", "+10s", "+20s"}),
			want: want{screen: flow.ScreenStart, lang: i18n.FI, title: "Tervetuloa ilmoittautumaan!", issues: []string{"vero-veroasiat/sv"}, printed: 1}},
		{name: "language switch mid-flow", steps: steps(toService, []string{"lang:sv"}),
			want: want{screen: flow.ScreenService, lang: i18n.SV, title: "Anmälan utan tidsbokning"}},
		{name: "language switch while issuing", steps: steps([]string{"lang:en"}, toService, []string{veroasiat, "lang:sv", "run"}),
			want: want{screen: flow.ScreenSuccess, lang: i18n.SV, title: "Du är nu anmäld!", number: "R19", seconds: 10,
				issues: []string{"vero-veroasiat/en"}, printed: 1}},
		{name: "unknown language ignored", steps: []string{"lang:de"}, want: want{lang: i18n.FI}},
		{name: "larger", steps: []string{"start", "larger"}, want: want{screen: flow.ScreenAgency, large: true}},
		{name: "idle 59 s stays", steps: steps([]string{"lang:sv", "larger"}, toService, []string{"+59s"}),
			want: want{screen: flow.ScreenService, lang: i18n.SV, large: true}},
		{name: "idle 60 s asks, 20 s unanswered resets", steps: steps([]string{"lang:sv", "larger"}, toService, []string{"+60s", "+20s"}),
			want: want{screen: flow.ScreenStart, lang: i18n.FI, large: false}},
		{name: "idle on start resets language", steps: []string{"lang:en", "+60s", "+20s"}, want: want{screen: flow.ScreenStart, lang: i18n.FI}},
		{name: "taps keep it awake", steps: []string{"start", "+50s", "agency:vero", "+50s"}, want: want{screen: flow.ScreenService}},
		{name: "issuing is never idle", steps: steps(toService, []string{veroasiat, "+120s"}), want: want{screen: flow.ScreenIssuing}},
		{name: "double tap issues once", steps: steps(toService, []string{veroasiat, veroasiat, "run", veroasiat}),
			want: want{screen: flow.ScreenSuccess, number: "R19", seconds: 10, issues: issued, printed: 1}},
		{name: "cancel ignored while issuing", steps: steps(toService, []string{veroasiat, "cancel"}), want: want{screen: flow.ScreenIssuing}},
		{name: "cancel keeps language", steps: steps(toService, []string{"lang:sv", "cancel"}),
			want: want{screen: flow.ScreenStart, lang: i18n.SV, title: "Välkommen att anmäla dig!"}},
		{name: "hub unreachable", setup: func(h *harness) { h.iss.err = errNoHub }, steps: steps(toService, []string{veroasiat, "run"}),
			want: want{screen: flow.ScreenFailed, title: "Ilmoittautuminen ei onnistunut", err: "Ilmoittautuminen ei juuri nyt onnistu. Pyydä apua neuvojalta.", issues: issued}},
		{name: "hub unreachable in english", setup: func(h *harness) { h.iss.err = errNoHub }, steps: steps(toService, []string{veroasiat, "run", "lang:en"}),
			want: want{screen: flow.ScreenFailed, lang: i18n.EN, err: tr(i18n.EN, i18n.ErrUnavailable), issues: issued}},
		{name: "service closed", setup: func(h *harness) { h.iss.err = refused("closed") }, steps: steps(toService, []string{veroasiat, "run"}),
			want: want{screen: flow.ScreenFailed, err: tr(i18n.FI, i18n.ErrClosed), issues: issued}},
		{name: "queue full", setup: func(h *harness) { h.iss.err = refused("full") }, steps: steps(toService, []string{veroasiat, "run"}),
			want: want{screen: flow.ScreenFailed, err: tr(i18n.FI, i18n.ErrFull), issues: issued}},
		{name: "internal refusal", setup: func(h *harness) { h.iss.err = refused("internal") }, steps: steps(toService, []string{veroasiat, "run"}),
			want: want{screen: flow.ScreenFailed, err: tr(i18n.FI, i18n.ErrUnavailable), issues: issued}},
		{name: "back from refusal", setup: func(h *harness) { h.iss.err = refused("closed") }, steps: steps(toService, []string{veroasiat, "run", "back"}),
			want: want{screen: flow.ScreenService, issues: issued}},
		{name: "printer failed keeps the number", setup: func(h *harness) { h.prn.err = errPaper }, steps: steps(toService, []string{veroasiat, "run"}),
			want: want{screen: flow.ScreenFailed, title: "Ilmoittautuminen onnistui!", number: "R19", err: tr(i18n.FI, i18n.PrinterFailed), issues: issued, printed: 1}},
		{name: "printer failed survives countdown and back", setup: func(h *harness) { h.prn.err = errPaper }, steps: steps(toService, []string{veroasiat, "run", "+30s", "back"}),
			want: want{screen: flow.ScreenFailed, number: "R19", err: tr(i18n.FI, i18n.PrinterFailed), issues: issued, printed: 1}},
		{name: "printer failed, then idle", setup: func(h *harness) { h.prn.err = errPaper }, steps: steps(toService, []string{veroasiat, "run", "+60s", "+20s"}),
			want: want{screen: flow.ScreenStart, issues: issued, printed: 1}},
		{name: "help", steps: []string{"help", "run"},
			want: want{screen: flow.ScreenStart, notice: "Apua on tulossa. Neuvoja tulee luoksesi.", helps: []string{"fi/start"}}},
		{name: "help once per citizen", steps: steps(toService, []string{"lang:sv", "help", "help", "run", "help"}),
			want: want{screen: flow.ScreenService, notice: tr(i18n.SV, i18n.HelpComing), helps: []string{"sv/service"}}},
		{name: "help failed may be retried", setup: func(h *harness) { h.help.err = errNoHub }, steps: []string{"start", "help", "run", "help", "run"},
			want: want{screen: flow.ScreenAgency, notice: tr(i18n.FI, i18n.HelpFailed), helps: []string{"fi/agency", "fi/agency"}}},
		{name: "help cleared by cancel", steps: []string{"start", "help", "run", "cancel"},
			want: want{screen: flow.ScreenStart, helps: []string{"fi/agency"}}},
		{name: "late help result dropped", steps: []string{"start", "help", "cancel", "run"},
			want: want{screen: flow.ScreenStart, helps: []string{"fi/agency"}}},
	}
	tests = append(tests, helpTests...)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, !tt.noCat)
			if tt.setup != nil {
				tt.setup(h)
			}
			h.do(tt.steps...)
			check(t, h, tt.want)
		})
	}
}

// helpTests follow a help request as the hub records it, an advisor takes
// it and closes it.
var helpTests = []struct {
	name  string
	setup func(h *harness)
	noCat bool
	steps []string
	want  want
}{
	{name: "help not promised before the hub records it", steps: []string{"help"},
		want: want{screen: flow.ScreenStart, notice: tr(i18n.FI, i18n.HelpCalling)}},
	{name: "help taken", steps: []string{"start", "help", "run", "hub:1:taken"},
		want: want{screen: flow.ScreenAgency, notice: tr(i18n.FI, i18n.HelpTaken), helps: []string{"fi/agency"}}},
	{name: "help taken in swedish", steps: []string{"lang:sv", "help", "run", "hub:1:taken"},
		want: want{screen: flow.ScreenStart, notice: tr(i18n.SV, i18n.HelpTaken), helps: []string{"sv/start"}}},
	{name: "taken before the answer came through", steps: []string{"help", "hub:1:taken", "run"},
		want: want{screen: flow.ScreenStart, notice: tr(i18n.FI, i18n.HelpTaken), helps: []string{"fi/start"}}},
	{name: "help closed clears the banner", steps: []string{"start", "help", "run", "hub:1:taken", "hub:1:closed"},
		want: want{screen: flow.ScreenAgency, helps: []string{"fi/agency"}}},
	{name: "another request's state not shown", steps: []string{"help", "run", "hub:7:taken", "hub:7:closed"},
		want: want{screen: flow.ScreenStart, notice: tr(i18n.FI, i18n.HelpComing), helps: []string{"fi/start"}}},
	{name: "help again once closed", steps: []string{"help", "run", "hub:1:closed", "help", "run"},
		want: want{screen: flow.ScreenStart, notice: tr(i18n.FI, i18n.HelpComing), helps: []string{"fi/start", "fi/start"}}},
	{name: "help after a ticket is about it and holds the screen", steps: steps(toService, []string{veroasiat, "run", "help", "run", "+2m"}),
		want: want{screen: flow.ScreenSuccess, number: "R19", notice: tr(i18n.FI, i18n.HelpComing),
			issues: []string{"vero-veroasiat/fi"}, helps: []string{"fi/success/ticket"}, printed: 1}},
	{name: "success closes once help is closed", steps: steps(toService, []string{veroasiat, "run", "help", "run", "+2m", "hub:1:closed", "+250ms", "+20s"}),
		want: want{screen: flow.ScreenStart, issues: []string{"vero-veroasiat/fi"}, helps: []string{"fi/success/ticket"}, printed: 1}},
	{name: "an unanswered help holds the screen at most 15 min", steps: []string{"start", "help", "run", "+16m", "+20s"},
		want: want{screen: flow.ScreenStart, helps: []string{"fi/agency"}}},
}

func check(t *testing.T, h *harness, w want) {
	t.Helper()
	s := h.m.State()
	if s.Screen != w.screen {
		t.Errorf("screen = %v, want %v", s.Screen, w.screen)
	}
	if w.lang != "" && s.Lang != w.lang {
		t.Errorf("lang = %v, want %v", s.Lang, w.lang)
	}
	if s.Large != w.large {
		t.Errorf("large = %v, want %v", s.Large, w.large)
	}
	if w.title != "" && s.Title != w.title {
		t.Errorf("title = %q, want %q", s.Title, w.title)
	}
	if s.Number != w.number || s.Error != w.err || s.Notice != w.notice || s.Seconds != w.seconds {
		t.Errorf("number, error, notice, seconds = %q, %q, %q, %d; want %q, %q, %q, %d",
			s.Number, s.Error, s.Notice, s.Seconds, w.number, w.err, w.notice, w.seconds)
	}
	if !slices.Equal(h.iss.reqs, w.issues) || !slices.Equal(h.help.calls, w.helps) || len(h.prn.printed) != w.printed {
		t.Errorf("issued %q, helped %q, printed %d; want %q, %q, %d",
			h.iss.reqs, h.help.calls, len(h.prn.printed), w.issues, w.helps, w.printed)
	}
}
