package web_test

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"vuoro/hub/browsertest"
	"vuoro/hub/server"
)

// A site admin enrols a counter display on the device page: the answer
// shows the one-time code, its QR code and the installer's command; once
// the display has exchanged the code it is listed active, and the revoke
// button revokes it.
func TestBrowserDevicePage(t *testing.T) {
	h := newHub(t)
	ctx := browsertest.Start(t, 1400, 1100)
	browserLogin(t, ctx, h.srv.URL, "paakayttaja", "/admin/devices")
	do(t, ctx, chromedp.SendKeys(chromedp.ID("d-id"), "naytto-6"),
		chromedp.SetValue(chromedp.ID("d-kind"), "counter-display"), chromedp.SetValue(chromedp.ID("d-room"), "6"))
	submit(t, ctx, chromedp.ID("enrol-device"))
	code := text(t, ctx, "#enrol-code")
	if len(code) < 20 {
		t.Fatalf("no enrolment code shown: %q", code)
	}
	want := "display -mode counter -room 6 -enrol " + code + " -hub " + h.srv.URL + " -credentials /var/lib/vuoro/credentials.json"
	if got := text(t, ctx, "#enrol-command"); got != want {
		t.Fatalf("command = %q, want %q", got, want)
	}
	label, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector("svg.qr").getAttribute("aria-label")`))
	if err != nil || !strings.Contains(label, "naytto-6") {
		t.Fatalf("QR code label = %q (%v)", label, err)
	}
	audit(t, ctx, "devices, code shown")
	browsertest.Shot(t, ctx, "console-devices-code")

	if _, err := server.NewDevices(h.eng, h.st, h.clk.Now, nil).Exchange(code); err != nil {
		t.Fatalf("the code shown is not the device's: %v", err)
	}
	do(t, ctx, chromedp.Navigate(h.srv.URL+"/admin/devices"))
	if got := text(t, ctx, "#device-naytto-6"); !strings.Contains(got, "Käytössä") || strings.Contains(got, code) {
		t.Fatalf("after the exchange the row is %q", got)
	}
	if got := text(t, ctx, "main"); strings.Contains(got, code) {
		t.Fatal("the page shows the code again")
	}
	submit(t, ctx, chromedp.CSS(`#device-naytto-6 button`))
	if got := text(t, ctx, "#device-naytto-6"); !strings.Contains(got, "Peruttu") {
		t.Fatalf("after revoking the row is %q", got)
	}
	audit(t, ctx, "devices")
	browsertest.Shot(t, ctx, "console-devices")
}

// On a hub serving MQTT over TLS the enrolment shows the CA's fingerprint
// beside the code, and the installer's command carries it for the device
// to check.
func TestBrowserDevicePageShowsTheCAFingerprint(t *testing.T) {
	const fp = "3f1a9c0e5b7d2468ace013579bdf2468ace013579bdf2468ace013579bdf2468"
	h := newHubCA(t, fp)
	ctx := browsertest.Start(t, 1400, 1100)
	browserLogin(t, ctx, h.srv.URL, "paakayttaja", "/admin/devices")
	do(t, ctx, chromedp.SendKeys(chromedp.ID("d-id"), "kiosk-2"), chromedp.SetValue(chromedp.ID("d-kind"), "kiosk"))
	submit(t, ctx, chromedp.ID("enrol-device"))
	code := text(t, ctx, "#enrol-code")
	if got := text(t, ctx, "#enrol-ca"); got != fp {
		t.Fatalf("fingerprint shown = %q, want %q", got, fp)
	}
	want := "kiosk -enrol " + code + " -ca-sha256 " + fp + " -hub " + h.srv.URL + " -credentials /var/lib/vuoro/credentials.json"
	if got := text(t, ctx, "#enrol-command"); got != want {
		t.Fatalf("command = %q, want %q", got, want)
	}
	audit(t, ctx, "devices, code and CA shown")
	browsertest.Shot(t, ctx, "console-devices-code-tls")
}
