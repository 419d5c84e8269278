package queue_test

import (
	"errors"
	"testing"

	"vuoro/hub/queue"
)

func TestConsoleAdminCommands(t *testing.T) {
	f := newFixture(t)
	must(t, f.e.AddClerk("system", queue.Clerk{Login: "maija", Role: queue.RoleClerk, Agencies: []string{"vero"}}))
	help, err := f.e.RecordHelp(queue.HelpCall{Device: "k1", Screen: "start", Lang: "fi"})
	must(t, err)
	long := string(make([]rune, 301))
	tests := []struct {
		name string
		do   func() error
		want error
	}{
		{"new password", func() error { return f.e.RecordPassword("clerk:admin", "maija") }, nil},
		{"new password of nobody", func() error { return f.e.RecordPassword("clerk:admin", "nobody") }, queue.ErrNotFound},
		{"disable a clerk", func() error { return f.e.DisableClerk("clerk:admin", "maija") }, nil},
		{"disable them again", func() error { return f.e.DisableClerk("clerk:admin", "maija") }, queue.ErrNotFound},
		{"add them back", func() error {
			return f.e.AddClerk("clerk:admin", queue.Clerk{Login: "maija", Role: queue.RoleAdvisor})
		}, nil},
		{"site parameters", func() error {
			return f.e.SetSiteParams("clerk:admin", queue.SiteParams{NoShowAfter: 3, Wayfinding: map[string]string{"fi": "Seuraa viivaa."}})
		}, nil},
		{"no-show after 0", func() error { return f.e.SetSiteParams("a", queue.SiteParams{}) }, queue.ErrInvalid},
		{"no-show after 10", func() error { return f.e.SetSiteParams("a", queue.SiteParams{NoShowAfter: 10}) }, queue.ErrInvalid},
		{"unknown language", func() error {
			return f.e.SetSiteParams("a", queue.SiteParams{NoShowAfter: 2, Wayfinding: map[string]string{"de": "x"}})
		}, queue.ErrInvalid},
		{"wayfinding too long", func() error {
			return f.e.SetSiteParams("a", queue.SiteParams{NoShowAfter: 2, Wayfinding: map[string]string{"fi": long}})
		}, queue.ErrInvalid},
		{"acknowledge help", func() error { _, err := f.e.AckHelp("clerk:aino", help.ID); return err }, nil},
		{"acknowledge a future event", func() error { _, err := f.e.AckHelp("clerk:aino", 1e9); return err }, queue.ErrNotFound},
		{"record a log view", func() error { return f.e.RecordLogView("clerk:admin", "kind=ticket.called") }, nil},
	}
	for _, tt := range tests {
		if err := tt.do(); !errors.Is(err, tt.want) || (tt.want == nil && err != nil) {
			t.Errorf("%s: %v, want %v", tt.name, err, tt.want)
		}
	}
	check := func(when string) {
		f.e.Read(func(s *queue.State) {
			if c := s.Clerks["maija"]; c.Role != queue.RoleAdvisor {
				t.Errorf("%s: maija = %+v, want the advisor added back", when, c)
			}
			if s.NoShowAfter() != 3 || s.Site.Wayfinding["fi"] != "Seuraa viivaa." || s.Site.Name != "Lahden virastotalo" {
				t.Errorf("%s: site = %+v", when, s.Site)
			}
		})
	}
	check("before restart")
	f.reopen()
	check("after restart")
}

func TestDisabledClerkIsGoneAfterReplay(t *testing.T) {
	f := newFixture(t)
	must(t, f.e.AddClerk("system", queue.Clerk{Login: "pekka", Role: queue.RoleClerk}))
	must(t, f.e.DisableClerk("clerk:admin", "pekka"))
	f.reopen()
	f.e.Read(func(s *queue.State) {
		if _, ok := s.Clerks["pekka"]; ok {
			t.Fatal("a disabled clerk is back after a restart")
		}
	})
}
