package web_test

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"vuoro/hub/browsertest"
)

// TestBrowserOversightRooms: a clerk opens room 6 and takes a break; an
// advisor watching the oversight view sees it without a reload, with no
// alert however long the break; the clerk comes back, and the visit
// called to room 6 shows as served there.
func TestBrowserOversightRooms(t *testing.T) {
	h := newHub(t)
	clerk := browsertest.Start(t, 1400, 900)
	browserLogin(t, clerk, h.srv.URL, "vero", "/console?service=vero-veroasiat")
	advisor := browsertest.Session(t, clerk)
	browserLogin(t, advisor, h.srv.URL, "neuvoja", "/console/oversight")
	if got := text(t, advisor, "#rooms"); !strings.Contains(got, "Yksikään palvelupiste") {
		t.Errorf("with no room open the view says %q", got)
	}
	staff := func() string { // the queue's clerks working and on a break
		return text(t, advisor, "#w-vero-veroasiat td:nth-of-type(4)") + "/" + text(t, advisor, "#w-vero-veroasiat td:nth-of-type(5)")
	}

	do(t, clerk, chromedp.SetValue(chromedp.ID("room"), "6"))
	submit(t, clerk, chromedp.CSS(`form[action="/console/room"] button`))
	waitLive(t, advisor, "the room opened", "Maija Virtanen")
	if got := text(t, advisor, "#r-6"); !strings.Contains(got, "Avoinna, vapaana klo 09:54") {
		t.Errorf("the open room's row is %q", got)
	}
	if got := staff(); got != "1/0" {
		t.Errorf("with room 6 open the queue has %s clerks working/on a break, want 1/0", got)
	}

	h.clk.Advance(3 * time.Minute)
	submit(t, clerk, chromedp.ID("room-pause"))
	waitLive(t, advisor, "the break began", "klo 09:57 alkaen")
	if got := text(t, advisor, "#r-6"); !strings.Contains(got, "tauolla") || !strings.Contains(got, "(0 min)") {
		t.Errorf("the room on a break is %q", got)
	}
	if got := staff(); got != "0/1" {
		t.Errorf("with the clerk on a break the queue has %s, want 0/1", got)
	}
	audit(t, advisor, "oversight with a room on a break")

	h.clk.Advance(45 * time.Minute) // a long break is no alert
	waitLive(t, advisor, "the break measured again", "(45 min)")
	if n, _ := chromedp.Run(advisor, chromedp.Evaluate[int](`document.querySelectorAll("#live [role=alert], tr.over").length`)); n != 0 {
		t.Errorf("a 45-minute break raised %d alerts", n)
	}
	browsertest.Shot(t, advisor, "oversight-room-break")

	submit(t, clerk, chromedp.ID("room-pause"))
	waitGone(t, advisor, "the clerk came back", "tauolla")
	issued := issue(t, h.eng, "vero-veroasiat", 1)[0]
	h.clk.Advance(time.Minute)
	if _, err := h.eng.CallNext("vero", []string{"vero-veroasiat"}, "6"); err != nil {
		t.Fatal(err)
	}
	h.clk.Advance(2 * time.Minute)
	waitLive(t, advisor, "the visit called", "Palvelee: "+issued.CallID+", kutsuttu klo 10:43 (2 min)")
	if got := staff(); got != "1/0" {
		t.Errorf("serving a visit the queue has %s, want 1/0", got)
	}
	audit(t, advisor, "oversight with a visit served")
	for lang, want := range map[string]string{"sv": "Betjänar " + issued.CallID + ", kallad kl. 10:43", "en": "Serving " + issued.CallID + ", called at 10:43"} {
		do(t, advisor, chromedp.Navigate(h.srv.URL+"/console/oversight?lang="+lang))
		if got := text(t, advisor, "#r-6"); !strings.Contains(got, want) {
			t.Errorf("%s: room 6 is %q, want %q", lang, got, want)
		}
	}
	browsertest.Shot(t, advisor, "oversight-room-serving")
}
