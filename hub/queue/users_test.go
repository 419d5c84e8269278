package queue_test

import (
	"encoding/json"
	"slices"
	"testing"

	"vuoro/hub/queue"
)

func TestSiteAdminAndAllQueuesSurviveReplay(t *testing.T) {
	f := newFixture(t)
	must(t, f.e.AddClerk("system", queue.Clerk{Login: "sari", Role: queue.RoleSiteAdmin}))
	must(t, f.e.AddClerk("system", queue.Clerk{Login: "aino", Role: queue.RoleAdvisor, AllQueues: true}))
	f.reopen()
	f.e.Read(func(s *queue.State) {
		if s.Clerks["sari"].Role != queue.RoleSiteAdmin || !s.Clerks["aino"].AllQueues {
			t.Fatalf("after replay: sari %+v, aino %+v", s.Clerks["sari"], s.Clerks["aino"])
		}
	})
}

// The log keeps whose user a disabled login was, for the admins who may
// read about it after the user is gone.
func TestUserEventsCarryTheGrant(t *testing.T) {
	f := newFixture(t)
	must(t, f.e.AddClerk("system", queue.Clerk{Login: "maija", Role: queue.RoleClerk, Agencies: []string{"vero"}}))
	must(t, f.e.RecordPassword("clerk:admin", "maija"))
	must(t, f.e.DisableClerk("clerk:admin", "maija"))
	evs, err := f.st.Events(0, 1000)
	must(t, err)
	var refs []queue.ClerkRef
	for _, ev := range evs {
		if ev.Kind == queue.KindClerkDisabled || ev.Kind == queue.KindClerkPassword {
			var v queue.ClerkRef
			must(t, json.Unmarshal(ev.Payload, &v))
			refs = append(refs, v)
		}
	}
	if len(refs) != 2 {
		t.Fatalf("user events %+v", refs)
	}
	for _, v := range refs {
		if v.Login != "maija" || v.Role != queue.RoleClerk || !slices.Equal(v.Agencies, []string{"vero"}) {
			t.Errorf("user event %+v, want maija, clerk of vero", v)
		}
	}
}
