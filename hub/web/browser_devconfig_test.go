package web_test

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"vuoro/hub/browsertest"
	"vuoro/hub/queue"
)

// value is the value of the form field with id.
func value(t *testing.T, ctx context.Context, id string) string {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById("`+id+`").value`))
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// A site admin sets up a queue display: an information line holding a
// personal identity code is refused with the form kept as typed; put
// right, the display's configuration is saved.
func TestBrowserDisplaySetUp(t *testing.T) {
	h := newHub(t)
	if _, err := h.eng.EnrolDevice("system", "aula-1", queue.DeviceQueueDisplay, "", h.clk.Now().Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	ctx := browsertest.Start(t, 1400, 1400)
	browserLogin(t, ctx, h.srv.URL, "paakayttaja", "/admin/devices")
	submit(t, ctx, chromedp.CSS(`#device-aula-1 a`))
	audit(t, ctx, "devices, a display's settings")
	do(t, ctx, chromedp.SetValue(chromedp.ID("c-area"), "aula"), chromedp.SetValue(chromedp.ID("c-lang-0"), "sv"),
		chromedp.SetValue(chromedp.ID("c-lang-1"), "fi"), chromedp.SetValue(chromedp.ID("c-lang-2"), ""),
		chromedp.SetValue(chromedp.ID("c-volume"), "45"),
		chromedp.SetValue(chromedp.ID("c-info-fi"), "Soita 010280-952L"), chromedp.SetValue(chromedp.ID("c-info-sv"), "Ämbetsverket stänger kl. 15"))
	submit(t, ctx, chromedp.ID("save-config"))
	if got := text(t, ctx, "#error"); !strings.Contains(got, "Tiedoterivi ei kelpaa") || strings.Contains(got, "010280") {
		t.Fatalf("the refusal says %q", got)
	}
	for id, want := range map[string]string{"c-area": "aula", "c-lang-0": "sv", "c-lang-1": "fi", "c-volume": "45",
		"c-info-sv": "Ämbetsverket stänger kl. 15"} {
		if got := value(t, ctx, id); got != want {
			t.Errorf("after the refusal %s is %q, want %q as typed", id, got, want)
		}
	}
	audit(t, ctx, "devices, a display's settings refused")
	browsertest.Shot(t, ctx, "console-display-settings-refused")

	do(t, ctx, chromedp.SetValue(chromedp.ID("c-info-fi"), "Virasto sulkeutuu tänään klo 15"))
	submit(t, ctx, chromedp.ID("save-config"))
	if got := text(t, ctx, "main"); !strings.Contains(got, "Näytön aula-1 asetukset tallennettu") {
		t.Fatalf("after saving the page says %q", got)
	}
	var d queue.Device
	h.eng.Read(func(s *queue.State) { d, _ = s.Device("aula-1") })
	c := d.DisplayConfigOf()
	if c.WaitingArea != "aula" || !slices.Equal(c.Languages, []string{"sv", "fi"}) || c.Volume != 45 ||
		c.Info["fi"] != "Virasto sulkeutuu tänään klo 15" || c.Info["sv"] != "Ämbetsverket stänger kl. 15" || c.Info["en"] != "" {
		t.Fatalf("the display's configuration is %+v", c)
	}
	audit(t, ctx, "devices, a display's settings saved")
	browsertest.Shot(t, ctx, "console-display-settings")
}
