package flow_test

import (
	"testing"

	"vuoro/kiosk/flow"
	"vuoro/shared/i18n"
	"vuoro/shared/wire"
)

// Adjustable time: the kiosk asks "Tarvitsetko lisää aikaa?" before it
// resets, and a tap on the answer gives the citizen the time again.
func TestMoreTime(t *testing.T) {
	issue := []string{"start", "agency:vero", veroasiat, "run"}
	tests := []struct {
		name    string
		steps   []string
		screen  flow.Screen
		lang    i18n.Lang
		asking  int // the question's seconds; 0: no question
		success int // the success screen's countdown
	}{
		{"idle asks after 60 s", steps([]string{"lang:sv", "start", "+60s"}), flow.ScreenAgency, i18n.SV, 20, 0},
		{"the question counts down", steps([]string{"lang:sv", "start", "+60s", "+5500ms"}), flow.ScreenAgency, i18n.SV, 15, 0},
		{"just before it resets", steps([]string{"start", "+60s", "+19s"}), flow.ScreenAgency, i18n.FI, 1, 0},
		{"unanswered for 20 s resets", steps([]string{"lang:en", "start", "+60s", "+20s"}), flow.ScreenStart, i18n.FI, 0, 0},
		{"more time keeps the screen", steps([]string{"lang:en", "start", "+60s", "+10s", "more-time"}), flow.ScreenAgency, i18n.EN, 0, 0},
		{"more time gives the full idle time again", steps([]string{"start", "+60s", "+10s", "more-time", "+59s"}), flow.ScreenAgency, i18n.FI, 0, 0},
		{"and asks again after it", steps([]string{"start", "+60s", "+10s", "more-time", "+60s"}), flow.ScreenAgency, i18n.FI, 20, 0},
		{"any tap answers", steps([]string{"start", "+60s", "agency:vero"}), flow.ScreenService, i18n.FI, 0, 0},
		{"the success countdown asks at its end", steps(issue, []string{"+10s"}), flow.ScreenSuccess, i18n.FI, 20, 0},
		{"more time restarts the countdown", steps(issue, []string{"+10s", "+3s", "more-time", "+250ms"}), flow.ScreenSuccess, i18n.FI, 0, 10},
		{"the success screen resets unanswered", steps(issue, []string{"+10s", "+20s"}), flow.ScreenStart, i18n.FI, 0, 0},
		{"the answer does nothing when not asked", []string{"start", "more-time"}, flow.ScreenAgency, i18n.FI, 0, 0},
		{"issuing never asks", steps([]string{"start", "agency:vero", veroasiat, "+120s"}), flow.ScreenIssuing, i18n.FI, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, true)
			h.do(tt.steps...)
			s := h.m.State()
			if s.Screen != tt.screen || s.Lang != tt.lang || s.Seconds != tt.success {
				t.Errorf("screen %v lang %s countdown %d; want %v %s %d", s.Screen, s.Lang, s.Seconds, tt.screen, tt.lang, tt.success)
			}
			q := s.Question
			if tt.asking == 0 {
				if q != nil {
					t.Errorf("asks %+v", q)
				}
				return
			}
			if q == nil || q.Seconds != tt.asking || q.Text != tr(tt.lang, i18n.MoreTime) ||
				q.Answer.ID != flow.ActMoreTime || q.Answer.Label != tr(tt.lang, i18n.MoreTimeYes) || s.Countdown != "" {
				t.Errorf("question %+v countdown %q; want one of %d s in %s", q, s.Countdown, tt.asking, tt.lang)
			}
		})
	}
}

// Each service's state is in words on its button before a tap, and only
// an open one can be chosen.
func TestServiceStateBeforeATap(t *testing.T) {
	svcs := []wire.Service{
		{ID: "a", Letter: "A", Open: true, State: wire.ServiceOpen, Names: wire.Names{"fi": "Veroasiat", "en": "Tax matters"}},
		{ID: "b", Letter: "B", State: wire.ServiceClosed, OpensAt: "12:00", Names: wire.Names{"fi": "Verokortit", "en": "Tax cards"}},
		{ID: "c", Letter: "C", State: wire.ServicePaused, Names: wire.Names{"fi": "Perintö", "en": "Inheritance"}},
		{ID: "d", Letter: "D", Open: true, State: wire.ServiceFull, Names: wire.Names{"fi": "Yritykset", "en": "Companies"}},
		{ID: "e", Letter: "E", State: wire.ServiceClosed, Names: wire.Names{"fi": "Kiinteistöt", "en": "Property"}},
		{ID: "f", Letter: "F", Names: wire.Names{"fi": "Vanha", "en": "Old"}}, // a hub that sends no state
	}
	want := []struct {
		label   string
		enabled bool
	}{
		{"Tax matters", true},
		{"Tax cards – closed, opens at 12:00", false},
		{"Inheritance – paused", false},
		{"Companies – full, no more numbers today", false},
		{"Property – closed today", false},
		{"Old (closed)", false},
	}
	h := newHarness(t, false)
	h.m.SetCatalog(&wire.Catalog{Site: wire.Site{ID: "lahti"}, Agencies: []wire.Agency{{ID: "vero", Services: svcs}}})
	h.do("lang:en", "start", "agency:vero", "service:d")
	s := h.m.State()
	if s.Screen != flow.ScreenService || len(s.Choices) != len(want) {
		t.Fatalf("a full service was taken: %v, %d choices", s.Screen, len(s.Choices))
	}
	for i, w := range want {
		if b := s.Choices[i]; b.Label != w.label || b.Enabled != w.enabled {
			t.Errorf("button %d: %q enabled %v; want %q %v", i, b.Label, b.Enabled, w.label, w.enabled)
		}
	}
}
