package server_test

import (
	"encoding/json"
	"io"
	"log/slog"
	"strings"
	"testing"

	"golang.org/x/crypto/bcrypt"

	"vuoro/hub/server"
	"vuoro/shared/devlink"
	"vuoro/shared/wire"
)

// A kiosk says its printer is out of paper; the advisors of the agencies
// whose services it offers see the alert, another agency's advisor does
// not until the kiosk offers their service too; a new roll clears it.
func TestPrinterOutAlertsTheKiosksAdvisors(t *testing.T) {
	h, err := server.Start(server.Options{DataDir: t.TempDir(), HTTPAddr: "127.0.0.1:0", MQTTAddr: "127.0.0.1:0", Demo: true,
		BcryptCost: bcrypt.MinCost, Clock: monday{}, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	site := logIn(t, h, "paakayttaja", "vuoro-demo")
	if code, body := call(t, h, site, "POST", "/api/v1/users", `{"login":"kelaneuvo","name":"Kela Neuvoja","role":"advisor","agencies":["kela"],"password":"twelve chars long"}`); code != 200 {
		t.Fatalf("add advisor: %d %s", code, body)
	}
	veroAdmin, kela := logIn(t, h, "admin", "vuoro-demo"), logIn(t, h, "kelaneuvo", "twelve chars long")

	_, enrolled := call(t, h, site, "POST", "/api/v1/devices", `{"device":"kiosk-9","kind":"kiosk"}`)
	var e struct{ Code string }
	json.Unmarshal([]byte(enrolled), &e)
	_, body := call(t, h, "", "POST", "/api/v1/devices/enrol", `{"code":"`+e.Code+`"}`)
	var cred server.Credentials
	json.Unmarshal([]byte(body), &cred)
	if code, body := call(t, h, site, "PUT", "/api/v1/devices/kiosk-9/services", `{"services":["vero-veroasiat","vero-verokortit"]}`); code != 200 {
		t.Fatalf("set the kiosk's services: %d %s", code, body)
	}
	link, err := devlink.Open(devlink.Options{Broker: "tcp://" + h.MQTTAddr(), Site: "lahti", Device: "kiosk-9", Kind: "kiosk",
		Username: cred.Username, Password: cred.Password, Version: "1.4.0"})
	if err != nil {
		t.Fatal(err)
	}
	defer link.Close()
	link.SetHealth(wire.Health{Printer: wire.PrinterPaperOut, LastError: "escpos: printer not ready: paper out"})

	alerted := func(token string) bool {
		_, body := call(t, h, token, "GET", "/api/v1/device-alerts", "")
		return strings.Contains(body, `"device":"kiosk-9","kind":"kiosk","alert":"printer-paper-out"`)
	}
	eventually(t, "the vero admin sees the alert", func() bool { return alerted(veroAdmin) })
	if !alerted(site) {
		t.Fatal("the site admin does not see the alert")
	}
	if alerted(kela) {
		t.Fatal("Kela's advisor sees the alert of a kiosk that offers only Vero's services")
	}
	d := devicesOf(t, h, site)["kiosk-9"]
	_, list := call(t, h, site, "GET", "/api/v1/devices", "")
	if !d.Online || !strings.Contains(list, `"printer":"paper-out"`) || !strings.Contains(list, `"version":"1.4.0"`) {
		t.Fatalf("the device list: %s", list)
	}
	call(t, h, site, "PUT", "/api/v1/devices/kiosk-9/services", `{"services":["vero-veroasiat","kela-asiointi"]}`)
	if !alerted(kela) {
		t.Fatal("Kela's advisor does not see the alert of a kiosk that offers Kela's service")
	}

	link.SetHealth(wire.Health{Printer: wire.PrinterOK})
	eventually(t, "the alert cleared", func() bool { return !alerted(veroAdmin) && !alerted(kela) })
}
