package web_test

import (
	"encoding/csv"
	"errors"
	"regexp"
	"slices"
	"strings"
	"testing"

	"vuoro/hub/queue"
)

// The oversight view is for advisors and admins, the parameters page and
// the log's CSV export for admins; every role of both agencies, the site
// admin and a user of no agency.
func TestOversightParamsAndExportByRole(t *testing.T) {
	h := matrixHub(t)
	want := map[string][3]string{ // oversight, parameters, CSV export
		"anonymous": {"401", "401", "401"}, "Vero clerk": {"403", "403", "403"}, "Kela clerk": {"403", "403", "403"},
		"advisor of every queue": {"allowed", "403", "403"}, "Vero advisor": {"allowed", "403", "403"},
		"Kela advisor": {"allowed", "403", "403"}, "Vero admin": {"allowed", "allowed", "allowed"},
		"Kela admin": {"allowed", "allowed", "allowed"}, "site admin": {"allowed", "allowed", "allowed"},
		"clerk of no agency": {"403", "403", "403"},
	}
	for _, u := range matrixUsers {
		c := browser(t)
		if u.login != "" {
			c, _ = login(t, h.srv, u.login)
		}
		for i, path := range []string{"/console/oversight", "/admin/params", "/admin/log.csv?from="} {
			resp, _ := getResp(t, c, h.srv.URL+path)
			if got := webVerdict(resp); got != want[u.name][i] {
				t.Errorf("%s GET %s: %s, want %s", u.name, path, got, want[u.name][i])
			}
		}
	}
}

// Each sees only their agencies: the oversight rows, the queues'
// settings, the exported events; the site's settings and the devices'
// only the site admin.
func TestOversightParamsAndExportScope(t *testing.T) {
	h := matrixHub(t)
	issue(t, h.eng, veroQ, 1)
	issue(t, h.eng, kelaQ, 1)
	tests := []struct {
		login      string
		has, hasnt []string
	}{
		{"kelaneuvoja", []string{`id="w-kela-asiointi"`}, []string{`id="w-vero-veroasiat"`}},
		{"veroneuvoja", []string{`id="w-vero-veroasiat"`}, []string{`id="w-kela-asiointi"`}},
	}
	for _, tt := range tests {
		c, _ := login(t, h.srv, tt.login)
		body := get(t, c, h.srv.URL+"/console/oversight")
		checkHas(t, tt.login+"'s oversight", body, tt.has, tt.hasnt)
	}
	params := []struct {
		login      string
		has, hasnt []string
	}{
		{"kelaadmin", []string{`id="params-service-kela-asiointi"`}, []string{`id="params-service-vero-veroasiat"`, `id="params-site"`, `id="params-device-`}},
		{"admin", []string{`id="params-service-vero-veroasiat"`}, []string{`id="params-service-kela-asiointi"`, `id="params-site"`}},
		{"paakayttaja", []string{`id="params-site"`, `id="params-service-vero-veroasiat"`, `id="params-service-kela-asiointi"`}, nil},
	}
	for _, tt := range params {
		c, _ := login(t, h.srv, tt.login)
		checkHas(t, tt.login+"'s parameters", get(t, c, h.srv.URL+"/admin/params"), tt.has, tt.hasnt)
	}

	c, _ := login(t, h.srv, "kelaadmin")
	rows, err := csv.NewReader(strings.NewReader(get(t, c, h.srv.URL+"/admin/log.csv?from="))).ReadAll()
	if err != nil || len(rows) < 2 {
		t.Fatalf("the Kela admin's export: %v, %d rows", err, len(rows))
	}
	for _, r := range rows[1:] {
		if strings.Contains(strings.Join(r, " "), "Veroasiat") {
			t.Errorf("the Kela admin's export holds a Vero event: %q", r)
		}
	}
	last := h.events(h.seq() - 1)
	if len(last) != 1 || !strings.Contains(last[0], queue.KindLogViewed) || !strings.Contains(last[0], "export") {
		t.Errorf("the export was not logged: %v", last)
	}
}

func checkHas(t *testing.T, what, body string, has, hasnt []string) {
	t.Helper()
	for _, s := range has {
		if !strings.Contains(body, s) {
			t.Errorf("%s lacks %s", what, s)
		}
	}
	for _, s := range hasnt {
		if strings.Contains(body, s) {
			t.Errorf("%s shows %s", what, s)
		}
	}
}

// The service points in use on the oversight view: a site-wide viewer
// sees every one; an agency's advisor or admin the points of the users of
// their agencies, and a point serving a visit of their queues. Each
// queue counts the clerks of its agency at an open point (or serving it
// there) as working, those on a break apart, and no clerk who has left.
func TestOversightRoomsScope(t *testing.T) {
	h := matrixHub(t)
	for _, u := range matrixUsers[1:] {
		if err := h.eng.OpenRoom(u.login, u.room); err != nil {
			t.Fatal(err)
		}
	}
	issue(t, h.eng, veroQ, 1)
	issue(t, h.eng, kelaQ, 1)
	steps := []error{
		h.eng.PauseRoom("kelaneuvoja", true),
		call(h.eng, "neuvoja", veroQ, "3"), // the advisor of every queue serves a Vero visit
		call(h.eng, "kela", kelaQ, "2"),
		h.eng.CloseRoom("kela", queue.RoomLogout), // the visit stays in room 2
	}
	if err := errors.Join(steps...); err != nil {
		t.Fatal(err)
	}
	all := []string{"1", "2", "3", "4", "5", "6", "7", "8", "9"}
	veroSees, kelaSees := []string{"1", "3", "4", "5"}, []string{"2", "6", "7"}
	sees := map[string][]string{"neuvoja": all, "paakayttaja": all, "admin": veroSees, "veroneuvoja": veroSees,
		"kelaadmin": kelaSees, "kelaneuvoja": kelaSees}
	for user, rooms := range sees {
		c, _ := login(t, h.srv, user)
		body := get(t, c, h.srv.URL+"/console/oversight")
		for _, r := range all {
			if shown := strings.Contains(body, `id="r-`+r+`"`); shown != slices.Contains(rooms, r) {
				t.Errorf("%s's oversight shows room %s: %v", user, r, shown)
			}
		}
	}
	c, _ := login(t, h.srv, "paakayttaja")
	body := get(t, c, h.srv.URL+"/console/oversight")
	for q, want := range map[string]string{veroQ: "1 4 0", kelaQ: "1 1 1"} { // serving, working, on a break
		if got := strings.Join(cells(body, "w-"+q)[3:6], " "); got != want {
			t.Errorf("%s: serving, working, on a break %q, want %q", q, got, want)
		}
	}
}

func call(eng *queue.Engine, clerk, service, room string) error {
	_, err := eng.CallNext(clerk, []string{service}, room)
	return err
}

// cells returns the texts of the cells of the table row with id.
func cells(body, id string) []string {
	var out []string
	_, row, found := strings.Cut(body, `id="`+id+`"`)
	row, _, _ = strings.Cut(row, "</tr>")
	if !found {
		row = ""
	}
	for _, m := range regexp.MustCompile(`(?s)<t[dh][^>]*>(.*?)</t[dh]>`).FindAllStringSubmatch(row, -1) {
		out = append(out, m[1])
	}
	return append(out, make([]string, 6)...)
}
