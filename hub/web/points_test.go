package web_test

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/crypto/bcrypt"

	"vuoro/hub/queue"
)

// pointDay is a day of its own for each booking the matrix makes, so
// that no case meets another's booking.
func pointDay() string { return start.AddDate(0, 0, 1+len(unique(""))+seq).Format(time.DateOnly) }

// pointArgs books room 8 for agency on a day of its own.
func pointArgs(agency string) func(*hub, string, string) map[string]any {
	return func(*hub, string, string) map[string]any {
		return map[string]any{"point": "8", "agency": agency, "name": "Neuvonta", "persons": 1, "day": pointDay(),
			"from": "08:00", "to": "12:00"}
	}
}

// pointBookingOf books room 8 for agency and names the booking, and its
// day when day is set.
func pointBookingOf(agency string, day bool) func(*hub, string, string) map[string]any {
	return func(h *hub, _, _ string) map[string]any {
		d := pointDay()
		from, _ := time.ParseInLocation("2006-01-02 15:04", d+" 13:00", helsinki)
		b, err := h.eng.BookPoint("system", queue.PointBooking{Point: "8", Agency: agency, Name: "x", Persons: 1,
			Times: []queue.Interval{{From: from, To: from.Add(time.Hour)}}})
		if err != nil {
			h.t.Fatal(err)
		}
		out := map[string]any{"booking": b.ID}
		if day {
			out["day"] = d
		}
		return out
	}
}

var helsinki, _ = time.LoadLocation("Europe/Helsinki")

// pointClerks logs in n clerks of vero over the API and returns their
// tokens.
func pointClerks(t *testing.T, h *hub, n int, agency string) []string {
	hash, _ := bcrypt.GenerateFromPassword([]byte("varaaja-salasana"), bcrypt.MinCost)
	tokens := make([]string, n)
	for i := range n {
		login := fmt.Sprint("varaaja-", agency, i)
		h.eng.AddClerk("system", queue.Clerk{Login: login, Role: queue.RoleClerk, Agencies: []string{agency}})
		h.st.SetCredential(login, hash)
		code, body := api(t, h.srv, "", "POST", "/api/v1/login", `{"login":"`+login+`","password":"varaaja-salasana"}`)
		json.Unmarshal([]byte(body), &struct{ Token *string }{&tokens[i]})
		if code != 200 {
			t.Fatalf("login %s: %d", login, code)
		}
	}
	return tokens
}

// Two clerks book the same point for the same hour at the same moment,
// many times over: each time exactly one gets 200 and the other 409.
func TestTwoClerksBookOnePointAtOnce(t *testing.T) {
	h := newHub(t)
	h.eng.AddRoom("system", queue.Room{ID: "p1", Name: "Aspa P1", Capacity: 3})
	tokens := pointClerks(t, h, 2, "vero")
	for round := range 20 {
		day := start.AddDate(0, 0, 1+round).Format(time.DateOnly)
		body := fmt.Sprintf(`{"name":"Neuvonta","persons":2,"day":%q,"from":"13:00","to":"14:00"}`, day)
		codes := make([]int, 2)
		var wg sync.WaitGroup
		ready := make(chan struct{})
		for i, token := range tokens {
			wg.Go(func() {
				<-ready
				codes[i], _ = apiQuiet(h, token, "POST", "/api/v1/points/p1/bookings", body)
			})
		}
		close(ready)
		wg.Wait()
		if !(codes[0] == 200 && codes[1] == 409 || codes[0] == 409 && codes[1] == 200) {
			t.Fatalf("round %d: %v, want one 200 and one 409", round, codes)
		}
	}
}

type apiPoint struct {
	ID           string `json:"id"`
	Name         string `json:"name"`
	Availability string `json:"availability"`
	State        string `json:"state"`
	Bookings     []struct {
		Booking uint64 `json:"booking"`
	} `json:"bookings"`
}

func TestPointsAPI(t *testing.T) {
	h := newHub(t)
	for _, r := range []queue.Room{{ID: "p1", Name: "Aspa P1", Floor: 1, Capacity: 3, Area: "Lahti", Attributes: []string{"step-free"}},
		{ID: "p2", Name: "Aspa P2", Floor: 2, Capacity: 6, Area: "Lahti"}} {
		h.eng.AddRoom("system", r)
	}
	vero, kela := pointClerks(t, h, 1, "vero")[0], pointClerks(t, h, 1, "kela")[0]
	code, body := api(t, h.srv, vero, "POST", "/api/v1/points/p1/bookings", `{"name":"Verokortit","persons":2,"day":"2026-11-24","from":"08:00","to":"15:00"}`)
	if code != 200 {
		t.Fatalf("booking: %d %s", code, body)
	}
	var b queue.Booking
	json.Unmarshal([]byte(body), &b)
	if b.Agency != "vero" {
		t.Errorf("a clerk of vero naming no agency booked for %q", b.Agency)
	}
	search := func(token, q string) []apiPoint {
		q, lang, _ := strings.Cut(q, "&lang=")
		req, _ := http.NewRequest("GET", h.srv.URL+"/api/v1/points?"+q, nil)
		req.Header.Set("Authorization", "Bearer "+token)
		req.Header.Set("Accept-Language", lang)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		code, body := resp.StatusCode, string(b)
		if code != 200 {
			t.Fatalf("GET points?%s: %d %s", q, code, body)
		}
		var out []apiPoint
		json.Unmarshal([]byte(body), &out)
		return out
	}
	got := search(kela, "day=2026-11-24&area=Lahti&lang=fi-FI,fi;q=0.9")
	if len(got) != 2 || got[0].Availability != "Varattu klo 15:00 asti, vapaa loppupäivän" || got[1].Availability != "Vapaa koko päivän" {
		t.Errorf("the day in Finnish: %+v", got)
	}
	if got := search(kela, "day=2026-11-24&from=13:00&to=14:00&area=Lahti"); len(got) != 1 || got[0].ID != "p2" {
		t.Errorf("free 13-14: %+v", got)
	}
	if got := search(kela, "day=2026-11-24&min=4&max=8&floor=2&lang=sv"); len(got) != 1 || got[0].Availability != "Ledig hela dagen" {
		t.Errorf("for 4-8 on floor 2, in Swedish: %+v", got)
	}
	if got := search(kela, "day=2026-11-24&attr=step-free"); len(got) != 1 || got[0].Availability != "Reserved until 15:00, free for the rest of the day" {
		t.Errorf("step-free, in English: %+v", got)
	}
	if code, _ := api(t, h.srv, kela, "GET", "/api/v1/points?day=2026-11-24&from=14:00&to=13:00", ""); code != 400 {
		t.Errorf("a search ending before it starts: %d, want 400", code)
	}
	code, body = api(t, h.srv, kela, "POST", "/api/v1/points/p1/bookings", `{"name":"Kela","persons":1,"day":"2026-11-24","from":"14:00","to":"16:00"}`)
	if code != 409 || !strings.Contains(body, "already booked") {
		t.Errorf("kela booking over vero's: %d %s, want 409", code, body)
	}
	code, _ = api(t, h.srv, kela, "POST", "/api/v1/points/p1/bookings", `{"agency":"vero","name":"Kela","persons":1,"day":"2026-11-25","from":"14:00","to":"16:00"}`)
	if code != http.StatusForbidden {
		t.Errorf("a clerk of kela booking for vero: %d, want 403", code)
	}
	if code, body := api(t, h.srv, kela, "POST", fmt.Sprintf("/api/v1/bookings/%d/cancel", b.ID), ""); code != 403 {
		t.Errorf("a clerk of kela cancelling vero's booking: %d %s, want 403", code, body)
	}
	if code, body := api(t, h.srv, vero, "POST", fmt.Sprintf("/api/v1/bookings/%d/cancel", b.ID), ""); code != 200 {
		t.Errorf("vero cancelling its own booking: %d %s", code, body)
	}
	if got := search(kela, "day=2026-11-24&attr=step-free&lang=fi"); len(got) != 1 || got[0].Availability != "Vapaa koko päivän" {
		t.Errorf("after the cancellation: %+v", got)
	}
	// A series every weekday 08:00–16:15 for two weeks; one day cancelled.
	code, body = api(t, h.srv, vero, "POST", "/api/v1/points/p2/bookings", `{"name":"Sarja","persons":1,"day":"2026-11-30","last":"2026-12-11","from":"08:00","hours":4,"weekdays":["mon","wed"]}`)
	json.Unmarshal([]byte(body), &b)
	if code != 200 || len(b.Times) != 4 {
		t.Fatalf("a series Mondays and Wednesdays for two weeks, 4 hours: %d %s", code, body)
	}
	if code, body := api(t, h.srv, vero, "POST", fmt.Sprintf("/api/v1/bookings/%d/days/2026-12-02/cancel", b.ID), ""); code != 200 {
		t.Errorf("cancelling Wednesday 2.12.: %d %s", code, body)
	}
	for day, want := range map[string]string{"2026-11-30": "Varattu klo 12:00 asti, vapaa loppupäivän", "2026-12-02": "Vapaa koko päivän",
		"2026-12-09": "Varattu klo 12:00 asti, vapaa loppupäivän"} {
		if got := search(kela, "floor=2&day="+day+"&lang=fi"); len(got) != 1 || got[0].Availability != want {
			t.Errorf("series on %s: %+v, want %q", day, got, want)
		}
	}
}
