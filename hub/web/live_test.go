package web_test

import (
	"bufio"
	"encoding/json"
	"maps"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"vuoro/hub/queue"
)

// sse is an open live stream, its events read into a channel.
type sse struct {
	events chan sseEvent
	resp   *http.Response
}

// sseEvent is an update of a live stream: HTML is every part and every
// row it sent, one after the other.
type sseEvent struct {
	name  string
	HTML  string
	Say   string            `json:"say"`
	Parts map[string]string `json:"parts"`
	Rows  struct {
		Order []string          `json:"order"`
		HTML  map[string]string `json:"html"`
	} `json:"rows"`
}

func (ev *sseEvent) decode(data string) {
	json.Unmarshal([]byte(data), ev)
	for _, k := range slices.Sorted(maps.Keys(ev.Parts)) {
		ev.HTML += ev.Parts[k]
	}
	for _, id := range ev.Rows.Order {
		ev.HTML += ev.Rows.HTML[id]
	}
}

func openStream(t *testing.T, h *hub, c *http.Client, page string) *sse {
	t.Helper()
	resp, err := c.Get(h.srv.URL + "/console/events?" + page + "&since=" + itoa(h.seq()))
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Type") != "text/event-stream" {
		t.Fatalf("stream: %s %s", resp.Status, resp.Header.Get("Content-Type"))
	}
	s := &sse{events: make(chan sseEvent, 64), resp: resp}
	t.Cleanup(func() { resp.Body.Close() })
	go s.read()
	return s
}

func (s *sse) read() {
	defer close(s.events)
	sc := bufio.NewScanner(s.resp.Body)
	sc.Buffer(nil, 1<<20)
	var ev sseEvent
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "event: "):
			ev.name = strings.TrimPrefix(line, "event: ")
		case strings.HasPrefix(line, "data: "):
			ev.decode(strings.TrimPrefix(line, "data: "))
		case line == "" && ev.name != "":
			s.events <- ev
			ev = sseEvent{}
		}
	}
}

// next waits for the next event that satisfies ok.
func (s *sse) next(t *testing.T, what string, ok func(sseEvent) bool) sseEvent {
	t.Helper()
	deadline := time.After(5 * time.Second)
	for {
		select {
		case ev, open := <-s.events:
			if !open {
				t.Fatalf("%s: the stream ended", what)
			}
			if ok(ev) {
				return ev
			}
		case <-deadline:
			t.Fatalf("%s: no such event", what)
		}
	}
}

// quiet checks that the stream sends nothing for a while: what happened
// changed nothing its page shows.
func (s *sse) quiet(t *testing.T, what string) {
	t.Helper()
	select {
	case ev := <-s.events:
		t.Fatalf("%s: the stream sent %s %q %q", what, ev.name, ev.Say, ev.HTML)
	case <-time.After(time.Second):
	}
}

func TestLiveStream(t *testing.T) {
	h := newHub(t)
	if resp, _ := getResp(t, browser(t), h.srv.URL+"/console/events?page=/console"); resp.StatusCode != http.StatusUnauthorized {
		t.Fatalf("stream without login: %s", resp.Status)
	}
	clerk, _ := login(t, h.srv, "vero")
	advisor, _ := login(t, h.srv, "neuvoja")
	cs := openStream(t, h, clerk, "page=/console&service=vero-veroasiat")
	as := openStream(t, h, advisor, "page=/console&service=vero-veroasiat")
	issue(t, h.eng, "vero-veroasiat", 1)
	ev := cs.next(t, "issue", func(e sseEvent) bool { return e.name == "update" })
	if !strings.Contains(ev.HTML, ">R1<") || ev.Say != "Uusi asiakas jonossa: R1." {
		t.Fatalf("clerk's update: say %q, html has R1: %v", ev.Say, strings.Contains(ev.HTML, "R1"))
	}
	as.next(t, "issue", func(e sseEvent) bool { return e.name == "update" && strings.Contains(e.HTML, ">R1<") }) // before the help, not with it
	h.eng.RecordHelp(queue.HelpCall{Device: "kiosk-1", Screen: "start", Lang: "fi"})
	if ev := as.next(t, "help", func(e sseEvent) bool { return e.Say != "" && !strings.Contains(e.Say, "R1") }); ev.Say != "Apua tarvitaan: kiosk-1." || !strings.Contains(ev.HTML, "Apua tarvitaan: kiosk-1") {
		t.Fatalf("advisor's help update: %q", ev.Say)
	}
	cs.quiet(t, "a help request, to a clerk who is shown no help alerts")
	issue(t, h.eng, "kela-asiointi", 1)
	cs.quiet(t, "a Kela ticket, to a Tax clerk")
	h.eng.DisableClerk("clerk:admin", "vero")
	cs.next(t, "disable", func(e sseEvent) bool { return e.name == "logout" })
}

func TestLiveStreamRecordsEachShowingOnce(t *testing.T) {
	h := newHub(t)
	tk := checkedInAppointment(t, h)
	clerk, csrf := login(t, h.srv, "vero")
	post(t, clerk, h.srv.URL+"/console/room", url.Values{"csrf": {csrf}, "room": {"6"}})
	s := openStream(t, h, clerk, "page=/console&service=vero-veroasiat")
	before := h.seq()
	if _, err := h.eng.CallTicket("vero", tk.ID, "6"); err != nil {
		t.Fatal(err)
	}
	for i := range 3 {
		issue(t, h.eng, "vero-veroasiat", 1)
		s.next(t, "update", func(e sseEvent) bool { return strings.Contains(e.HTML, ">R"+itoa(uint64(i+2))+"<") })
	}
	if got := h.accesses(before); len(got) != 1 {
		t.Fatalf("one showing over 4 updates recorded %d times: %v", len(got), got)
	}
	h.web.Close()
	for range s.events { // Close ends the stream
	}
}

func TestLiveStreamCatchesUp(t *testing.T) {
	h := newHub(t)
	clerk, _ := login(t, h.srv, "vero")
	since := h.seq()
	issue(t, h.eng, "vero-veroasiat", 1) // between the page and its stream
	resp, err := clerk.Get(h.srv.URL + "/console/events?page=/console&since=" + itoa(since))
	if err != nil {
		t.Fatal(err)
	}
	s := &sse{events: make(chan sseEvent, 8), resp: resp}
	defer resp.Body.Close()
	go s.read()
	s.next(t, "catch-up", func(e sseEvent) bool { return strings.Contains(e.HTML, ">R1<") })
	if resp, _ := getResp(t, clerk, h.srv.URL+"/console/events?page=/admin/users"); resp.StatusCode != http.StatusNotFound {
		t.Fatalf("a stream of a page without a live part: %s", resp.Status)
	}
	_ = queue.KindLogViewed
}

// TestLiveUpdatesAreSmall: a new ticket sends the tab's count and its own
// row, not the table; a burst of tickets is one update; the rows a page
// already shows are not sent again.
func TestLiveUpdatesAreSmall(t *testing.T) {
	h := newHub(t)
	r := issue(t, h.eng, "vero-veroasiat", 3)
	clerk, _ := login(t, h.srv, "vero")
	cs := openStream(t, h, clerk, "page=/console&service=vero-veroasiat")
	issue(t, h.eng, "vero-veroasiat", 1)
	ev := cs.next(t, "issue", func(e sseEvent) bool { return e.name == "update" })
	if got := slices.Sorted(maps.Keys(ev.Parts)); !slices.Equal(got, []string{"part-tabs"}) {
		t.Errorf("a new ticket sent the parts %v, want only the tabs", got)
	}
	if len(ev.Rows.Order) != 4 || len(ev.Rows.HTML) != 1 || !strings.Contains(ev.HTML, ">R4<") {
		t.Errorf("a new ticket sent rows %v of order %v, want only R4's", slices.Collect(maps.Keys(ev.Rows.HTML)), ev.Rows.Order)
	}
	issue(t, h.eng, "vero-veroasiat", 5)
	ev = cs.next(t, "burst", func(e sseEvent) bool { return e.name == "update" })
	if len(ev.Rows.HTML) != 5 || len(ev.Rows.Order) != 9 {
		t.Errorf("a burst of 5 tickets sent %d rows of %d in its first update, want all 5 at once", len(ev.Rows.HTML), len(ev.Rows.Order))
	}
	cs.quiet(t, "after the burst")
	if _, err := h.eng.AddMessage("clerk:vero", r[1].ID, "Tulkki tarvitaan."); err != nil {
		t.Fatal(err)
	}
	ev = cs.next(t, "message", func(e sseEvent) bool { return e.name == "update" })
	if len(ev.Parts) != 0 || len(ev.Rows.HTML) != 1 || ev.Rows.HTML["v-"+itoa(r[1].ID)] == "" {
		t.Errorf("a message to R2 sent parts %v and rows %v, want R2's row only", slices.Collect(maps.Keys(ev.Parts)), slices.Collect(maps.Keys(ev.Rows.HTML)))
	}
}
