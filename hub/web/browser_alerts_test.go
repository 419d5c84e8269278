package web_test

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"golang.org/x/crypto/bcrypt"

	"vuoro/hub/browsertest"
	"vuoro/hub/server"
	"vuoro/shared/devlink"
	"vuoro/shared/wire"
)

// advisorPassword is the password of the advisors the test adds.
const advisorPassword = "twelve chars long"

// paperOutKiosk starts a whole demo hub with kiosk-9 enrolled, offering
// the Tax Administration's services, connected over MQTT and reporting
// its printer out of paper, and with an advisor of Vero (veroneuvo) and
// one of Kela (kelaneuvo). It returns the console's address.
func paperOutKiosk(t *testing.T) string {
	t.Helper()
	h, err := server.Start(server.Options{DataDir: t.TempDir(), HTTPAddr: "127.0.0.1:0", MQTTAddr: "127.0.0.1:0", Demo: true,
		BcryptCost: bcrypt.MinCost, Clock: &testClock{t: start}, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h.Close() })
	srv := &httptest.Server{URL: "http://" + h.HTTPAddr()}
	site := apiLogin(t, srv, "paakayttaja")
	must := func(method, path, body string) string {
		t.Helper()
		code, out := api(t, srv, site, method, path, body)
		if code != 200 {
			t.Fatalf("%s %s: %d %s", method, path, code, out)
		}
		return out
	}
	for _, u := range []struct{ login, name, agency string }{{"veroneuvo", "Vera Neuvoja", "vero"}, {"kelaneuvo", "Kalle Neuvoja", "kela"}} {
		must("POST", "/api/v1/users", `{"login":"`+u.login+`","name":"`+u.name+`","role":"advisor","agencies":["`+u.agency+`"],"password":"`+advisorPassword+`"}`)
	}
	var e struct{ Code string }
	json.Unmarshal([]byte(must("POST", "/api/v1/devices", `{"device":"kiosk-9","kind":"kiosk"}`)), &e)
	_, body := api(t, srv, "", "POST", "/api/v1/devices/enrol", `{"code":"`+e.Code+`"}`)
	var cred server.Credentials
	if err := json.Unmarshal([]byte(body), &cred); err != nil || cred.Password == "" {
		t.Fatalf("the kiosk's enrolment: %s", body)
	}
	must("PUT", "/api/v1/devices/kiosk-9/services", `{"services":["vero-veroasiat","vero-verokortit"]}`)
	link, err := devlink.Open(devlink.Options{Broker: "tcp://" + h.MQTTAddr(), Site: "lahti", Device: "kiosk-9", Kind: "kiosk",
		Username: cred.Username, Password: cred.Password, Version: "1.4.0"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(link.Close)
	reader := true
	link.SetHealth(wire.Health{Printer: wire.PrinterPaperOut, Reader: &reader, LastError: "escpos: printer not ready: paper out"})
	for deadline := time.Now().Add(10 * time.Second); !strings.Contains(must("GET", "/api/v1/device-alerts", ""), "printer-paper-out"); {
		if time.Now().After(deadline) {
			t.Fatal("the kiosk's paper-out alert was never raised")
		}
		time.Sleep(20 * time.Millisecond)
	}
	return srv.URL
}

// loginAs logs a browser session in with a password and opens a page.
func loginAs(t *testing.T, ctx context.Context, base, user, password, page string) {
	t.Helper()
	do(t, ctx, chromedp.Navigate(base+"/login"),
		chromedp.SendKeys(chromedp.ID("login"), user), chromedp.SendKeys(chromedp.ID("password"), password))
	submit(t, ctx, chromedp.CSS(`form[action="/login"] button`))
	do(t, ctx, chromedp.Navigate(base+page), chromedp.Evaluate[chromedp.Void](`window.vuoroStayed = true`))
}

// A kiosk whose printer is out: the site admin's device page shows its
// alert and its printer's state in its row; the Tax Administration's
// advisor, whose services the kiosk offers, sees the alert in the
// console, in Finnish; Kela's advisor does not.
func TestBrowserPrinterOutOnTheDevicePageAndTheAdvisorsConsole(t *testing.T) {
	base := paperOutKiosk(t)
	ctx := browsertest.Start(t, 1400, 1000)
	loginAs(t, ctx, base, "paakayttaja", "vuoro-demo", "/admin/devices")
	row := text(t, ctx, "#device-kiosk-9")
	for _, want := range []string{"Kioski", "Hälytys: paperi loppu", "Tulostin: paperi loppu", "1.4.0", "escpos: printer not ready"} {
		if !strings.Contains(row, want) {
			t.Errorf("the kiosk's row %q does not say %q", row, want)
		}
	}
	audit(t, ctx, "devices, printer out")
	browsertest.Shot(t, ctx, "console-devices-printer-out")

	vero := browsertest.Session(t, ctx)
	loginAs(t, vero, base, "veroneuvo", advisorPassword, "/console")
	alert := text(t, vero, "#devalert-kiosk-9-printer-paper-out")
	if !strings.Contains(alert, "Laitteen kiosk-9 tulostimesta on paperi loppu") || !strings.Contains(alert, "klo 09:54 alkaen") {
		t.Errorf("the Vero advisor's alert says %q", alert)
	}
	audit(t, vero, "advisor's console, device alert")
	browsertest.Shot(t, vero, "console-advisor-device-alert")

	kela := browsertest.Session(t, ctx)
	loginAs(t, kela, base, "kelaneuvo", advisorPassword, "/console")
	if got := text(t, kela, "main"); strings.Contains(got, "kiosk-9") || strings.Contains(got, "paperi loppu") {
		t.Errorf("Kela's advisor sees the alert of a kiosk offering only Vero's services: %q", got)
	}
	browsertest.Shot(t, kela, "console-advisor-no-device-alert")
}
