package web_test

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"vuoro/hub/browsertest"
	"vuoro/hub/queue"
)

// TestBrowserOversightAlert: an admin sets a queue's alert threshold in
// its settings; an advisor watches the oversight view while the clock
// passes it, and the alert (words, an icon and a colour) appears without
// a reload, then clears when the longest wait falls.
func TestBrowserOversightAlert(t *testing.T) {
	h := newHub(t)
	admin := browsertest.Start(t, 1400, 900)
	browserLogin(t, admin, h.srv.URL, "admin", "/admin/queues?service=vero-veroasiat")
	do(t, admin, chromedp.SetValue(chromedp.ID("alert-wait"), "20"))
	submit(t, admin, chromedp.ID("save-queue"))
	var sv queue.Service
	h.eng.Read(func(st *queue.State) { sv, _ = st.Service("vero-veroasiat") })
	if sv.Settings.AlertWait != 20*time.Minute {
		t.Fatalf("the threshold saved is %v, want 20 min", sv.Settings.AlertWait)
	}

	issue(t, h.eng, "vero-veroasiat", 1)
	h.clk.Advance(15 * time.Minute)
	issue(t, h.eng, "vero-veroasiat", 1)
	advisor := browsertest.Session(t, admin)
	browserLogin(t, advisor, h.srv.URL, "neuvoja", "/console/oversight")
	if got := text(t, advisor, "#w-vero-veroasiat"); !strings.Contains(got, "Normaali") || !strings.Contains(got, "15 min") {
		t.Errorf("before the threshold the queue's row is %q", got)
	}
	audit(t, advisor, "oversight")

	h.clk.Advance(6 * time.Minute) // the first visit has waited 21 min
	waitLive(t, advisor, "threshold passed", "Odotus yli 20 min")
	row := text(t, advisor, "#w-vero-veroasiat")
	if !strings.Contains(row, "⚠") || !strings.Contains(row, "21 min") {
		t.Errorf("the alert row is %q, want the icon and 21 min", row)
	}
	if n, _ := chromedp.Run(advisor, chromedp.Evaluate[int](`document.querySelectorAll("tr.over").length`)); n != 1 {
		t.Errorf("%d rows marked over, want 1", n)
	}
	if got := text(t, advisor, "#wait-alerts"); !strings.Contains(got, "1 jonossa") {
		t.Errorf("the alert line is %q", got)
	}
	audit(t, advisor, "oversight with an alert")
	browsertest.Shot(t, advisor, "oversight-alert")

	if _, err := h.eng.CallNext("vero", []string{"vero-veroasiat"}, "6"); err != nil {
		t.Fatal(err)
	}
	waitGone(t, advisor, "the longest waiter called", "Odotus yli")
	if row := text(t, advisor, "#w-vero-veroasiat"); !strings.Contains(row, "6 min") || !strings.Contains(row, "Normaali") {
		t.Errorf("after the call the row is %q, want 6 min and normal", row)
	}
}
