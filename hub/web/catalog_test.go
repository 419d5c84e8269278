package web

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"vuoro/hub/queue"
	"vuoro/hub/web/action"
	"vuoro/shared/i18n"
	"vuoro/shared/wire"
)

var verbRe = regexp.MustCompile(`%[-+# 0-9.]*[a-zA-Z%]`)

func TestCatalogueHasEveryKeyInEveryLanguage(t *testing.T) {
	fi := catalog[i18n.FI]
	if len(fi) < 100 {
		t.Fatalf("the Finnish catalogue has only %d texts", len(fi))
	}
	for _, l := range i18n.Langs {
		for key, text := range catalog[l] {
			if _, ok := fi[key]; !ok {
				t.Errorf("%s: %q is not in the Finnish catalogue", l, key)
			}
			if strings.TrimSpace(text) == "" {
				t.Errorf("%s: %q is empty", l, key)
			}
		}
		for key, text := range fi {
			other, ok := catalog[l][key]
			if !ok {
				t.Errorf("%s: %q is missing", l, key)
			} else if a, b := verbRe.FindAllString(text, -1), verbRe.FindAllString(other, -1); !slices.Equal(a, b) {
				t.Errorf("%s: %q has the verbs %v, Finnish %v", l, key, b, a)
			}
		}
	}
}

// literalRe finds what looks like a catalogue key in code and templates.
var literalRe = regexp.MustCompile(`"([a-z]+\.[a-z_-]+)"`)

func TestEveryKeyUsedExists(t *testing.T) {
	prefixes := map[string]bool{}
	for key := range catalog[i18n.FI] {
		p, _, _ := strings.Cut(key, ".")
		prefixes[p] = true
	}
	used := map[string]bool{}
	files, _ := filepath.Glob("*.go")
	sub, _ := filepath.Glob("*/*.go") // the actions and the authorization rules
	files = append(files, sub...)
	tmpls, _ := filepath.Glob("templates/*.html")
	for _, f := range append(files, tmpls...) {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range literalRe.FindAllStringSubmatch(string(b), -1) {
			if p, _, _ := strings.Cut(m[1], "."); prefixes[p] && !strings.HasSuffix(m[1], ".html") {
				used[m[1]] = true
			}
		}
	}
	// keys the templates build: status.<status>, role.<role>, day.<day>, lang.<lang>, catalog.name.<lang>,
	// devkind.<kind>, devstate.<state>
	for _, k := range []queue.DeviceKind{queue.DeviceKiosk, queue.DeviceQueueDisplay, queue.DeviceCounterDisplay} {
		used["devkind."+string(k)] = true
	}
	for _, s := range []string{"pending", "active", "revoked"} {
		used["devstate."+s] = true
	}
	// devalert.<alert>, alertkind.<alert>, printer.<state>
	for _, a := range []queue.AlertKind{queue.AlertPaperNearEnd, queue.AlertPaperOut, queue.AlertOffline} {
		used["devalert."+string(a)], used["alertkind."+string(a)] = true, true
	}
	for _, p := range []wire.PrinterState{wire.PrinterOK, wire.PrinterPaperNearEnd, wire.PrinterPaperOut, wire.PrinterCoverOpen, wire.PrinterOffline} {
		used["printer."+string(p)] = true
	}
	for _, s := range []queue.Status{queue.Waiting, queue.Called, queue.Serving, queue.Held, queue.Ended, queue.NoShow, queue.Deleted, queue.Expired} {
		used["status."+string(s)] = true
	}
	for _, s := range apptStates {
		used["apptstate."+string(s)] = true
	}
	for _, r := range []queue.Role{queue.RoleClerk, queue.RoleAdvisor, queue.RoleAdmin, queue.RoleSiteAdmin} {
		used["role."+string(r)] = true
	}
	for _, d := range action.Weekdays {
		used["day."+d.Key] = true
	}
	for _, k := range reportKeys() {
		used[k] = true
	}
	for _, l := range i18n.Langs {
		used["lang."+string(l)] = true
		used["catalog.name."+string(l)] = true
	}
	// the event log's: logkind.<kind>, logev.<kind>, and the words of its details
	for _, k := range queue.Kinds() {
		used["logkind."+k], used["logev."+k] = true, true
	}
	used["logev.service.paused.off"], used["logev.log.viewed.export"] = true, true // resumed, exported
	used["logev.room.paused.off"] = true                                           // back from a break
	for _, r := range []queue.CloseReason{queue.RoomLeft, queue.RoomMoved, queue.RoomLogout, queue.RoomDayClosed,
		queue.RoomClerkRemoved, queue.RoomGone, queue.RoomTakenOver} {
		used["logroomclose."+string(r)] = true
	}
	for _, p := range []queue.Position{queue.Front, queue.End, queue.Original} {
		used["logpos."+string(p)] = true
	}
	for _, r := range []queue.LeaveReason{queue.LeftNoTime, queue.LeftSolved, queue.LeftComeLater, queue.LeftOther} {
		used["logleft."+string(r)] = true
	}
	for _, r := range []string{queue.ReasonFirst, queue.ReasonAppointment, queue.ReasonBoost, queue.ReasonTurn, queue.ReasonChosen} {
		used["logwhy."+r] = true
	}
	for _, f := range []queue.FeedKind{queue.FeedRoom, queue.FeedClerk} {
		used["logfeed."+string(f)] = true
	}
	for _, l := range i18n.Langs {
		used["logf.wayfinding."+string(l)] = true
	}
	if len(used) < 100 {
		t.Fatalf("found only %d keys in use; is the scan broken?", len(used))
	}
	for key := range used {
		if _, ok := catalog[i18n.FI][key]; !ok {
			t.Errorf("%q is used but not in the catalogue", key)
		}
	}
	for key := range catalog[i18n.FI] {
		if !used[key] {
			t.Errorf("%q is in the catalogue but not used", key)
		}
	}
}
