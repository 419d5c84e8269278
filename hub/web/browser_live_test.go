package web_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"vuoro/hub/browsertest"
	"vuoro/hub/queue"
)

// TestBrowserLive works a queue in one browser session (a clerk) while a
// second session (an advisor) watches the same queue: every change shows
// there live, without a reload.
func TestBrowserLive(t *testing.T) {
	h := newHub(t)
	const veroasiat = "/console?service=vero-veroasiat"
	r := issue(t, h.eng, "vero-veroasiat", 3)
	issue(t, h.eng, "vero-verokortit", 1)
	appt := checkedInAppointment(t, h) // called first: its time has come
	clerk := browsertest.Start(t, 1400, 900)
	advisor := browsertest.Session(t, clerk)
	browserLogin(t, clerk, h.srv.URL, "vero", veroasiat)
	browserLogin(t, advisor, h.srv.URL, "neuvoja", veroasiat)
	audit(t, advisor, "advisor console")

	do(t, clerk, chromedp.SetValue(chromedp.ID("room"), "6"))
	submit(t, clerk, chromedp.CSS(`form[action="/console/room"] button`))
	submit(t, clerk, chromedp.ID("call"))
	waitLive(t, advisor, "call", "Kutsuttu sisään")
	if got := text(t, clerk, "p.serving"); !strings.Contains(got, appt.CallID) || !strings.Contains(got, "huoneessa 6") {
		t.Errorf("clerk's serving line = %q, want %s in room 6", got, appt.CallID)
	}
	if got := text(t, clerk, ".facts"); !strings.Contains(got, "010280-952L") || !strings.Contains(got, "Matti Meikäläinen") {
		t.Errorf("the serving clerk does not see the person: %q", got)
	}
	if got := text(t, advisor, "#live table"); strings.Contains(got, "952L") || !strings.Contains(got, "010280-****") {
		t.Errorf("the advisor sees the personal identity code unmasked: %q", got)
	}
	audit(t, clerk, "clerk console")
	browsertest.Shot(t, clerk, "console-clerk-called")

	submit(t, clerk, chromedp.ID("b-"+itoa(appt.ID)+"-hold"))
	waitLive(t, advisor, "hold", "Pidossa")

	// Opened and filled in by script, not by node: a live update may
	// replace the row meanwhile (the page keeps what is open and typed).
	do(t, advisor, chromedp.Evaluate[chromedp.Void](fmt.Sprintf(
		`document.getElementById("d-%d").open = true; document.getElementById("t-%d").value = "vero-verokortit"`, r[0].ID, r[0].ID)))
	submit(t, advisor, chromedp.ID("b-"+itoa(r[0].ID)+"-transfer"))
	h.eng.Issue("kiosk:k1", queue.IssueRequest{Service: "vero-verokortit"}) // a change the clerk's page must also follow
	waitGone(t, clerk, "transfer", "R1")

	submit(t, clerk, chromedp.ID("call"))
	waitLive(t, advisor, "second call", "R2")
	submit(t, clerk, chromedp.ID("b-"+itoa(r[1].ID)+"-end"))
	waitLive(t, advisor, "end", "Päättynyt")

	submit(t, clerk, chromedp.ID("pause"))
	waitLive(t, advisor, "pause", "Jono on tauolla")

	if _, err := h.eng.RecordHelp(queue.HelpCall{Device: "kiosk-1", Screen: "start", Lang: "fi"}); err != nil {
		t.Fatal(err)
	}
	waitLive(t, advisor, "help", "Apua tarvitaan: kiosk-1")
	audit(t, advisor, "advisor with a help alert")
	browsertest.Shot(t, advisor, "console-advisor-help")
	submit(t, advisor, chromedp.CSS(".alerts button[id^=ack-]"))
	waitLive(t, advisor, "help taken", "Neuvoja on matkalla")
	audit(t, advisor, "advisor with a help request taken")
	browsertest.Shot(t, advisor, "console-advisor-help-taken")
	submit(t, advisor, chromedp.CSS(".alerts button[id^=close-]"))
	if n, _ := chromedp.Run(advisor, chromedp.Evaluate[int](`document.querySelectorAll(".alerts").length`)); n != 0 {
		t.Error("the help alert is still shown after it was closed")
	}
}

// checkedInAppointment books an appointment for 09:30 with a test
// identity and checks the citizen in.
func checkedInAppointment(t testing.TB, h *hub) queue.Ticket {
	t.Helper()
	at := time.Date(2026, 11, 23, 7, 30, 0, 0, time.UTC)
	a, err := h.eng.Book("clerk:neuvoja", "vero-veroasiat", at, queue.Person{Name: "Matti Meikäläinen", HETU: "010280-952L"})
	if err != nil {
		t.Fatal(err)
	}
	is, err := h.eng.CheckIn("clerk:neuvoja", a.ID, "console")
	if err != nil {
		t.Fatal(err)
	}
	return is.Ticket
}

// TestBrowserScreens shows the pages a user sees besides the queue:
// the row's actions, the booked appointments and the admin's pages.
func TestBrowserScreens(t *testing.T) {
	h := newHub(t)
	r := issue(t, h.eng, "vero-veroasiat", 2)
	checkedInAppointment(t, h)
	h.eng.AddMessage("clerk:vero", r[0].ID, "Asiakas tarvitsee tulkin.")
	ctx := browsertest.Start(t, 1400, 900)
	browserLogin(t, ctx, h.srv.URL, "admin", "/console?service=vero-veroasiat")
	do(t, ctx, chromedp.Click(chromedp.CSS("#d-"+itoa(r[0].ID)+" summary")))
	audit(t, ctx, "admin console")
	browsertest.Shot(t, ctx, "console-row-actions")
	for _, page := range []string{"/console/appointments", "/admin/queues", "/admin/users", "/admin/log"} {
		do(t, ctx, chromedp.Navigate(h.srv.URL+page))
		audit(t, ctx, page)
		browsertest.Shot(t, ctx, "page"+strings.ReplaceAll(page, "/", "-"))
	}
	if got := text(t, ctx, "table.log"); strings.Contains(got, "952L") || !strings.Contains(got, "010280-****") {
		t.Errorf("the event log shows a personal identity code unmasked: %q", got)
	}
	submit(t, ctx, chromedp.CSS(`form[action="/logout"] button`))
	browserLogin(t, ctx, h.srv.URL, "paakayttaja", "/console")
	for _, page := range []string{"/admin/users", "/admin/rooms", "/admin/site"} {
		do(t, ctx, chromedp.Navigate(h.srv.URL+page))
		audit(t, ctx, "site admin's "+page)
		browsertest.Shot(t, ctx, "site-admin-page"+strings.ReplaceAll(page, "/", "-"))
	}
}
