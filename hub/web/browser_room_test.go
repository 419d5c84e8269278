package web_test

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"vuoro/hub/browsertest"
	"vuoro/hub/queue"
)

// TestBrowserRoomBreakAndClose: a clerk opens room 6 from the console,
// takes a break and comes back with the Break toggle, closes the service
// point, and at logout leaves the room they opened again; in each of the
// console's languages the controls say what they do.
func TestBrowserRoomBreakAndClose(t *testing.T) {
	h := newHub(t)
	clerk := browsertest.Start(t, 1400, 900)
	browserLogin(t, clerk, h.srv.URL, "vero", "/console?service=vero-veroasiat")
	session := func() string {
		var rs queue.RoomSession
		var ok bool
		h.eng.Read(func(st *queue.State) { rs, ok = st.RoomSession("6") })
		if !ok {
			return "closed"
		}
		return map[bool]string{true: "paused", false: "open"}[rs.Paused]
	}
	pressed := func() string {
		s, err := chromedp.Run(clerk, chromedp.Evaluate[string](`document.getElementById("room-pause").getAttribute("aria-pressed")`))
		if err != nil {
			t.Fatal(err)
		}
		return s
	}

	do(t, clerk, chromedp.SetValue(chromedp.ID("room"), "6"))
	submit(t, clerk, chromedp.CSS(`form[action="/console/room"] button`))
	if session() != "open" || pressed() != "false" {
		t.Fatalf("after choosing room 6: the room is %s, the break pressed %s", session(), pressed())
	}
	audit(t, clerk, "console with a room open")

	submit(t, clerk, chromedp.ID("room-pause"))
	if session() != "paused" || pressed() != "true" || !strings.Contains(text(t, clerk, "#on-break"), "Tauko") {
		t.Fatalf("after Break: the room is %s, pressed %s", session(), pressed())
	}
	audit(t, clerk, "console on a break")
	browsertest.Shot(t, clerk, "console-room-break")
	for lang, want := range map[string][2]string{"sv": {"Paus", "Stäng servicepunkten"}, "en": {"Break", "Close service point"},
		"fi": {"Tauko", "Sulje palvelupiste"}} {
		do(t, clerk, chromedp.Navigate(h.srv.URL+"/console?service=vero-veroasiat&lang="+lang))
		if got := [2]string{text(t, clerk, "#room-pause"), text(t, clerk, "#room-close")}; got != want {
			t.Errorf("%s: the room's buttons say %q, want %q", lang, got, want)
		}
	}

	submit(t, clerk, chromedp.ID("room-pause"))
	if session() != "open" || pressed() != "false" {
		t.Fatalf("back from the break: the room is %s, pressed %s", session(), pressed())
	}
	submit(t, clerk, chromedp.ID("room-close"))
	if session() != "closed" {
		t.Fatalf("after closing: the room is %s", session())
	}
	if n, _ := chromedp.Run(clerk, chromedp.Evaluate[int](`document.querySelectorAll("#room-pause, #room-close").length`)); n != 0 {
		t.Error("a closed room still offers a break and a close")
	}
	audit(t, clerk, "console with the room closed")

	do(t, clerk, chromedp.SetValue(chromedp.ID("room"), "6"))
	submit(t, clerk, chromedp.CSS(`form[action="/console/room"] button`))
	submit(t, clerk, chromedp.CSS(`form[action="/logout"] button`))
	if session() != "closed" {
		t.Fatalf("after logging out: the room is %s", session())
	}
}
