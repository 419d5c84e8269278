package web_test

import (
	"context"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"vuoro/hub/browsertest"
)

// TestBrowserPagedTable: a long queue's table shows 50 rows a page; the
// next page opens from the keyboard; a page follows the queue live, a row
// whose actions are open keeps them open, and the pages pass axe-core.
func TestBrowserPagedTable(t *testing.T) {
	h := newHub(t)
	r := issue(t, h.eng, "vero-veroasiat", 120)
	advisor := browsertest.Start(t, 1400, 900)
	browserLogin(t, advisor, h.srv.URL, "neuvoja", "/console?service=vero-veroasiat")
	if got := rowCount(t, advisor); got != 50 {
		t.Fatalf("the first page has %d rows, want 50", got)
	}
	if got := text(t, advisor, ".pager p"); got != "Rivit 1–50 / 120" {
		t.Errorf("pager says %q", got)
	}
	audit(t, advisor, "first page of a long queue")
	browsertest.Shot(t, advisor, "console-long-queue")

	if _, err := chromedp.RunResponse(advisor, chromedp.Focus(chromedp.ID("page-next")), chromedp.KeyEvent("\r")); err != nil {
		t.Fatalf("next page from the keyboard: %v", err)
	}
	do(t, advisor, chromedp.Evaluate[chromedp.Void](`window.vuoroStayed = true`))
	if got := text(t, advisor, "#rows tr:first-child .callid"); got != r[50].CallID {
		t.Fatalf("the second page starts with %s, want %s", got, r[50].CallID)
	}
	if got := text(t, advisor, ".pager p"); got != "Rivit 51–100 / 120" {
		t.Errorf("pager on the second page says %q", got)
	}
	audit(t, advisor, "second page of a long queue")
	kept := r[70]
	do(t, advisor, chromedp.Click(chromedp.CSS("#d-"+itoa(kept.ID)+" summary")))

	called, err := h.eng.CallNext("vero", []string{"vero-veroasiat"}, "6")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := h.eng.End("clerk:vero", called.ID); err != nil {
		t.Fatal(err)
	}
	first := `document.querySelector("#rows tr:first-child .callid").textContent === "` + r[51].CallID + `"`
	if _, err := chromedp.Run(advisor, chromedp.Poll[bool](first, chromedp.WithPollingTimeout(10*time.Second))); err != nil {
		t.Fatalf("after R1 ended the second page does not start with %s: %v", r[51].CallID, err)
	}
	waitLive(t, advisor, "the pager after the end", "Rivit 51–100 / 120")
	if got := rowCount(t, advisor); got != 50 {
		t.Errorf("the second page has %d rows after an update, want 50", got)
	}
	if open, _ := chromedp.Run(advisor, chromedp.Evaluate[bool](`document.getElementById("d-`+itoa(kept.ID)+`").open`)); !open {
		t.Errorf("the actions of %s closed when other rows changed", kept.CallID)
	}
	audit(t, advisor, "second page after a live update")
}

func rowCount(t *testing.T, ctx context.Context) int {
	t.Helper()
	n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("#rows tr").length`))
	if err != nil {
		t.Fatal(err)
	}
	return n
}
