package portal_test

import (
	"net/http"
	"slices"
	"strings"
	"testing"

	"golang.org/x/crypto/bcrypt"

	"vuoro/hub/event"
	"vuoro/hub/voucher"
)

// otherMunicipality adds Heinola's staff user and a voucher there.
func otherMunicipality(t *testing.T, h *hub) voucher.Voucher {
	t.Helper()
	u := voucher.Staff{Login: "heinola-sote", Name: "Heinola", Municipality: "heinola"}
	hash, _ := bcrypt.GenerateFromPassword([]byte("vuoro-demo"), bcrypt.MinCost)
	if err := h.portal.Engine().AddStaff(event.ActorDemo, u); err != nil {
		t.Fatal(err)
	}
	h.store.SetCredential("portal:heinola-sote", hash)
	v, err := h.portal.Engine().Grant(u, voucher.Grant{Citizen: voucher.Person{HETU: "150575-9612", Name: "Matti Koekäyttäjä"},
		Service: "kotihoito", Value: 10000, ValidFrom: today, ValidUntil: today.AddDate(0, 1, 0)})
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// TestAuthorizationMatrix asks every kind of user for every voucher's page
// and checks who sees what: citizens their own and those they act for,
// providers the clients whose number they entered, staff their municipality.
func TestAuthorizationMatrix(t *testing.T) {
	h := newHub(t)
	aili, sanna, heinola := h.voucherOf("kotihoito"), h.voucherOf("siivous"), otherMunicipality(t, h)
	kotiapu := h.login(t, "kotiapu")
	kotiapu.post("/portal/provider/open", "number", aili.Number, "check", aili.Check)
	users := map[string]*user{
		"lahti-sote": h.login(t, "lahti-sote"), "heinola-sote": h.login(t, "heinola-sote"),
		"kotiapu": kotiapu, "siisti": h.login(t, "siisti"),
		"sanna": h.citizen(t, "0"), "aili": h.citizen(t, "1"), "matti": h.citizen(t, "2"), "ingrid": h.citizen(t, "3"),
	}
	vouchers := map[string]voucher.Voucher{"aili": aili, "sanna": sanna, "heinola": heinola}
	may := map[string][]string{ // user → the vouchers they may see, on their own pages
		"lahti-sote": {"aili", "sanna"}, "heinola-sote": {"heinola"}, "kotiapu": {"aili"},
		"sanna": {"sanna"}, "aili": {"aili"}, "matti": {"heinola"},
	}
	pages := map[string]string{"municipal": "/portal/municipal/vouchers/", "provider": "/portal/provider/clients/", "citizen": "/portal/citizen/vouchers/"}
	for name, u := range users {
		for vname, v := range vouchers {
			for kind, prefix := range pages {
				page := u.get(prefix + id(v.ID))
				want := kindOf(name) == kind && slices.Contains(may[name], vname)
				if got := u.status() == http.StatusOK && strings.Contains(page, v.Number); got != want {
					t.Errorf("%s on %s%s (%s's voucher): sees %v, want %v (%d)", name, prefix, id(v.ID), vname, got, want, u.status())
				}
			}
		}
	}
	actingFor(t, users["sanna"], aili, sanna)
}

// actingFor checks that a proxy sees the client's voucher only when acting
// for them, and then not their own.
func actingFor(t *testing.T, sanna *user, aili, own voucher.Voucher) {
	if page := sanna.get("/portal/citizen"); strings.Contains(page, "Aili Testilä") {
		t.Fatalf("the first choice is only: oneself or someone else:\n%s", page)
	}
	page := sanna.post("/portal/citizen/act", "who", "other")
	if !strings.Contains(page, "Aili Testilä – kunta on nimennyt sinut asiamieheksi") {
		t.Fatalf("proxy is not offered to act for her client:\n%s", page)
	}
	sanna.post("/portal/citizen/others", "who", "0")
	if page := sanna.get("/portal/citizen/vouchers/" + id(aili.ID)); !strings.Contains(page, aili.Number) {
		t.Errorf("proxy acting for Aili does not see her voucher: %d", sanna.status())
	}
	if sanna.get("/portal/citizen/vouchers/" + id(own.ID)); sanna.status() != http.StatusNotFound {
		t.Errorf("acting for Aili, Sanna's own voucher: %d, want 404", sanna.status())
	}
	for path, who := range map[string]string{"/portal/citizen/act": "1", "/portal/citizen/others": "7"} {
		if sanna.post(path, "who", who); sanna.status() != http.StatusBadRequest {
			t.Errorf("acting for nobody (%s %s): %d", path, who, sanna.status())
		}
	}
}

func kindOf(user string) string {
	switch user {
	case "lahti-sote", "heinola-sote":
		return "municipal"
	case "kotiapu", "siisti":
		return "provider"
	}
	return "citizen"
}
