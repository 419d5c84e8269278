package follow_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"vuoro/hub/browsertest"
	"vuoro/hub/queue"
	"vuoro/shared/i18n"
)

// phone is a phone's screen in CSS pixels.
const phoneW, phoneH = 390, 844

func do(t *testing.T, ctx context.Context, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatal(err)
	}
}

func click(t *testing.T, ctx context.Context, css string) {
	t.Helper()
	if _, err := chromedp.RunResponse(ctx, chromedp.Click(chromedp.CSS(css))); err != nil {
		t.Fatalf("click %s: %v", css, err)
	}
}

func pageText(t *testing.T, ctx context.Context) string {
	t.Helper()
	s, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.body.innerText`))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func axe(t *testing.T, ctx context.Context, page string) {
	t.Helper()
	for _, v := range browsertest.Axe(t, ctx) {
		t.Errorf("%s: %s", page, v)
	}
}

// A phone scans the display's code, chooses an agency and a service, and
// is on its follow page; when a clerk calls it, "called to room 6" shows
// within a second, pushed, without a reload. Every page passes axe-core.
func TestBrowserJoinAndFollowToTheCall(t *testing.T) {
	s := newSite(t)
	s.issue("vero-veroasiat")
	ctx := browsertest.Start(t, phoneW, phoneH)
	do(t, ctx, chromedp.Navigate(s.srv.URL+"/join/"+s.keys.JoinCode(s.clk.Now())+"?lang=fi"))
	axe(t, ctx, "join: agencies")
	browsertest.Shot(t, ctx, "join-agency-fi")
	click(t, ctx, `a[href$="agency=vero"]`)
	axe(t, ctx, "join: services")
	browsertest.Shot(t, ctx, "join-service-fi")
	click(t, ctx, `button[value="vero-veroasiat"]`)
	if got := pageText(t, ctx); !strings.Contains(got, "R2") || !strings.Contains(got, "Edelläsi jonossa: 1") {
		t.Fatalf("the follow page after joining:\n%s", got)
	}
	axe(t, ctx, "follow: waiting")
	browsertest.Shot(t, ctx, "follow-waiting-fi")
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`window.vuoroStayed = true`))
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`!document.getElementById("live-note").hidden`, chromedp.WithPollingTimeout(5*time.Second))); err != nil {
		t.Fatal("the page does not say it updates by itself")
	}

	var first, mine queue.Ticket
	s.eng.Read(func(st *queue.State) { w := st.Waiting("vero-veroasiat"); first, mine = w[0], w[1] })
	if _, err := s.eng.CallTicket("vero", first.ID, "5"); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, "Olet seuraavana vuorossa.", 2*time.Second)
	if _, err := s.eng.End("clerk:vero", first.ID); err != nil {
		t.Fatal(err)
	}
	called := time.Now()
	if _, err := s.eng.CallTicket("vero", mine.ID, "6"); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, "Kutsuttu huoneeseen 6", time.Second)
	t.Logf("the call showed on the phone %v after it was made", time.Since(called).Round(time.Millisecond))
	if stayed, _ := chromedp.Run(ctx, chromedp.Evaluate[bool](`window.vuoroStayed === true`)); !stayed {
		t.Error("the page was reloaded")
	}
	axe(t, ctx, "follow: called")
	browsertest.Shot(t, ctx, "follow-called-fi")
}

// waitFor waits until the live part shows want, at most within.
func waitFor(t *testing.T, ctx context.Context, want string, within time.Duration) {
	t.Helper()
	js := fmt.Sprintf(`document.getElementById("live").innerText.includes(%q)`, want)
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](js, chromedp.WithPollingInterval(20*time.Millisecond), chromedp.WithPollingTimeout(within))); err != nil {
		t.Fatalf("the page did not show %q within %v: %v", want, within, err)
	}
}

// In each language: the follow page, "I am leaving" confirmed, the visit
// ended; and a join with an old code refused in words.
func TestBrowserLeaveAndOldCodeInEachLanguage(t *testing.T) {
	s := newSite(t)
	ctx := browsertest.Start(t, phoneW, phoneH)
	words := map[i18n.Lang][3]string{
		i18n.FI: {"Poistutko jonosta?", "Poistuit jonosta", "Koodi on vanhentunut"},
		i18n.SV: {"Lämnar du kön?", "Du lämnade kön", "Koden har gått ut"},
		i18n.EN: {"Are you leaving?", "You left the queue", "This code has expired"},
	}
	for _, lang := range i18n.Langs {
		tk := s.issue("vero-veroasiat")
		do(t, ctx, chromedp.Navigate(s.srv.URL+"/follow/"+tk.Token+"?lang="+string(lang)))
		axe(t, ctx, "follow "+string(lang))
		browsertest.Shot(t, ctx, "follow-waiting-"+string(lang))
		do(t, ctx, chromedp.SetValue(chromedp.ID("reason"), "come-later"))
		click(t, ctx, "button.leave")
		if got := pageText(t, ctx); !strings.Contains(got, words[lang][0]) || !strings.Contains(got, tk.CallID) {
			t.Errorf("%s: confirmation page:\n%s", lang, got)
		}
		axe(t, ctx, "confirm "+string(lang))
		browsertest.Shot(t, ctx, "follow-confirm-"+string(lang))
		click(t, ctx, "#confirm")
		waitFor(t, ctx, words[lang][1], 2*time.Second)
		s.status(tk.ID, queue.Ended)
		browsertest.Shot(t, ctx, "follow-left-"+string(lang))

		do(t, ctx, chromedp.Navigate(s.srv.URL+"/join/"+s.keys.JoinCode(s.clk.Now().Add(-3*time.Minute))))
		if got := pageText(t, ctx); !strings.Contains(got, words[lang][2]) {
			t.Errorf("%s: old code page:\n%s", lang, got)
		}
		axe(t, ctx, "expired code "+string(lang))
		browsertest.Shot(t, ctx, "join-expired-"+string(lang))
	}
}
