package follow_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"vuoro/hub/queue"
)

// The follow page shows the number, the place in the queue and the queue,
// and nothing else: a wrong token is a page that says so.
func TestFollowPageShowsTheTurn(t *testing.T) {
	s := newSite(t)
	s.issue("vero-veroasiat")
	tk := s.issue("vero-veroasiat")
	code, _, body := s.get("/follow/" + tk.Token)
	for _, want := range []string{tk.CallID, "Edelläsi jonossa: 1", "Veroasiat", "Poistun jonosta", "Päivitä sivu"} {
		if code != http.StatusOK || !strings.Contains(body, want) {
			t.Errorf("follow page (%d) lacks %q", code, want)
		}
	}
	token := tk.Token
	last := len(token) - 1
	flipped := token[:last] + "A"
	if token[last] == 'A' {
		flipped = token[:last] + "B"
	}
	for _, bad := range []string{flipped, "AAAAAAAAAAAAAAAAAAAAAA", "R2"} {
		if code, _, body := s.get("/follow/" + bad); code != http.StatusNotFound || !strings.Contains(body, "Vuoroa ei löydy") {
			t.Errorf("token %q: %d", bad, code)
		}
	}
}

// "I am leaving" asks first, then ends the visit as an engine event; a
// form without the page's token is refused.
func TestLeaveAsksThenEndsTheVisit(t *testing.T) {
	s := newSite(t)
	tk := s.issue("vero-veroasiat")
	path := "/follow/" + tk.Token
	_, _, page := s.get(path)
	csrf := field(page, "csrf")
	if code, _, _ := s.post(path+"/leave", url.Values{"csrf": {"forged"}, "reason": {"no-time"}, "confirm": {"yes"}}); code != http.StatusForbidden {
		t.Errorf("leave without the page's token: %d, want 403", code)
	}
	code, _, body := s.post(path+"/leave", url.Values{"csrf": {csrf}, "reason": {"no-time"}})
	if code != http.StatusOK || !strings.Contains(body, "Poistutko jonosta?") {
		t.Fatalf("first POST: %d, no confirmation asked", code)
	}
	s.status(tk.ID, queue.Waiting)
	code, loc, _ := s.post(path+"/leave", url.Values{"csrf": {field(body, "csrf")}, "reason": {field(body, "reason")}, "confirm": {"yes"}})
	if code != http.StatusSeeOther || loc != path {
		t.Fatalf("confirmed leave: %d to %q", code, loc)
	}
	got := s.status(tk.ID, queue.Ended)
	if got.Note != "left: no-time" {
		t.Errorf("note %q, want the reason", got.Note)
	}
	if _, _, body := s.get(path); !strings.Contains(body, "Poistuit jonosta") || strings.Contains(body, `id="leave"`) {
		t.Error("the page after leaving does not say so, or still offers to leave")
	}
}

func (s *site) status(id uint64, want queue.Status) queue.Ticket {
	s.t.Helper()
	var got queue.Ticket
	s.eng.Read(func(st *queue.State) { got, _ = st.Ticket(id) })
	if got.Status != want {
		s.t.Errorf("visit %d is %s, want %s", id, got.Status, want)
	}
	return got
}

// A join code is taken in its minute and the next, never later; a taken
// code lets the phone choose for some minutes.
func TestJoinTakesOnlyTheCurrentOrPreviousMinutesCode(t *testing.T) {
	s := newSite(t)
	old := s.keys.JoinCode(s.clk.Now().Add(-2 * time.Minute))
	prev := s.keys.JoinCode(s.clk.Now().Add(-time.Minute))
	if code, _, body := s.get("/join/" + old); code != http.StatusGone || !strings.Contains(body, "Koodi on vanhentunut") ||
		!strings.Contains(body, "Skannaa odotusaulan näytön QR-koodi uudelleen") {
		t.Errorf("a code of two minutes ago: %d %s", code, body)
	}
	for _, c := range []string{s.keys.JoinCode(s.clk.Now()), prev} {
		if code, loc, _ := s.get("/join/" + c); code != http.StatusSeeOther || !strings.HasPrefix(loc, "/join/p/") {
			t.Errorf("code %s: %d to %q", c, code, loc)
		}
	}
	_, pass, _ := s.get("/join/" + prev)
	s.clk.Advance(9 * time.Minute)
	if code, _, _ := s.get(pass); code != http.StatusOK {
		t.Errorf("the pass 9 minutes after the scan: %d", code)
	}
	s.clk.Advance(2 * time.Minute)
	if code, _, _ := s.get(pass); code != http.StatusGone {
		t.Errorf("the pass 11 minutes after the scan: %d, want 410", code)
	}
}

// Joining lists the agencies and a chosen agency's services, issues a
// ticket through the engine from device "phone" and leads to its follow
// page; a second tap gets the same ticket.
func TestJoinIssuesAPhoneTicket(t *testing.T) {
	s := newSite(t)
	_, pass, _ := s.get("/join/" + s.keys.JoinCode(s.clk.Now()))
	_, _, agencies := s.get(pass)
	if !strings.Contains(agencies, "Verohallinto") || !strings.Contains(agencies, "?agency=vero") {
		t.Fatalf("agency choice lacks the Tax Administration:\n%s", agencies)
	}
	_, _, services := s.get(pass + "?agency=vero")
	if !strings.Contains(services, `value="vero-veroasiat"`) || !strings.Contains(services, "Veroasiat") {
		t.Fatalf("service choice lacks Veroasiat:\n%s", services)
	}
	form := url.Values{"csrf": {field(services, "csrf")}, "service": {"vero-veroasiat"}}
	code, loc, _ := s.post(pass, form)
	if code != http.StatusSeeOther || !strings.HasPrefix(loc, "/follow/") {
		t.Fatalf("join: %d to %q", code, loc)
	}
	if _, again, _ := s.post(pass, form); again != loc {
		t.Errorf("a second tap went to %q, not the same ticket %q", again, loc)
	}
	f, _ := s.eng.Follow(strings.TrimPrefix(loc, "/follow/"))
	id := f.Visit
	if tk := s.status(id, queue.Waiting); tk.Device != "phone" || tk.CallID != "R1" {
		t.Errorf("phone ticket %+v", tk)
	}
	if code, _, _ := s.post(pass, url.Values{"csrf": {"x"}, "service": {"vero-veroasiat"}}); code != http.StatusForbidden {
		t.Errorf("join without the page's token: %d", code)
	}
	if err := s.eng.Pause("clerk:vero", "vero-verokortit", true); err != nil {
		t.Fatal(err)
	}
	form.Set("service", "vero-verokortit")
	if code, _, body := s.post(pass, form); code != http.StatusConflict || !strings.Contains(body, "Tähän jonoon ei voi nyt ilmoittautua") {
		t.Errorf("join a paused queue: %d", code)
	}
}
