package server_test

import (
	"encoding/json"
	"testing"
	"time"

	mqtt "github.com/eclipse/paho.mqtt.golang"

	"vuoro/hub/server"
)

// deviceRow is a device as GET /api/v1/devices lists it.
type deviceRow struct {
	ID, Kind, State string
	Active          time.Time
	Revoked         time.Time
	LastSeen        time.Time `json:"last_seen"`
	Online          bool
}

func devicesOf(t *testing.T, h *server.Hub, token string) map[string]deviceRow {
	t.Helper()
	code, body := call(t, h, token, "GET", "/api/v1/devices", "")
	var rows []deviceRow
	if err := json.Unmarshal([]byte(body), &rows); code != 200 || err != nil {
		t.Fatalf("GET /api/v1/devices: %d %s", code, body)
	}
	out := map[string]deviceRow{}
	for _, r := range rows {
		out[r.ID] = r
	}
	return out
}

// connectDevice connects to the hub's broker as a device with its
// credentials.
func connectDevice(h *server.Hub, id, password string) (mqtt.Client, error) {
	o := mqtt.NewClientOptions().AddBroker("tcp://" + h.MQTTAddr()).SetClientID("lahti-" + id).
		SetUsername(id).SetPassword(password).SetAutoReconnect(false).SetConnectRetry(false).
		SetProtocolVersion(4) // paho tries 3.1 after a refused 3.1.1: one CONNECT a try
	c := mqtt.NewClient(o)
	tok := c.Connect()
	tok.WaitTimeout(10 * time.Second)
	return c, tok.Error()
}

// A site admin enrols a kiosk in the console's API and gets its code; the
// kiosk exchanges it and connects; the console lists it active and
// online; revoked, it is disconnected and listed revoked.
func TestSiteAdminEnrolsAndRevokesAKiosk(t *testing.T) {
	h, err := siteHub(t.TempDir(), "", true)
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	admin := logIn(t, h, firstAdmin.Login, firstAdmin.Password)

	code, body := call(t, h, admin, "POST", "/api/v1/devices", `{"device":"kiosk-2","kind":"kiosk","room":""}`)
	var enrolled struct{ ID, Kind, Code string }
	if json.Unmarshal([]byte(body), &enrolled); code != 200 || enrolled.ID != "kiosk-2" || enrolled.Kind != "kiosk" || enrolled.Code == "" {
		t.Fatalf("enrol: %d %s", code, body)
	}
	if d := devicesOf(t, h, admin)["kiosk-2"]; d.State != "pending" || d.Online {
		t.Fatalf("enrolled, before its code: %+v", d)
	}

	code, body = call(t, h, "", "POST", "/api/v1/devices/enrol", `{"code":"`+enrolled.Code+`"}`)
	var cred server.Credentials
	if json.Unmarshal([]byte(body), &cred); code != 200 || cred.Device != "kiosk-2" || cred.Password == "" {
		t.Fatalf("exchange: %d %s", code, body)
	}
	if len(cred.Key()) != 32 {
		t.Fatalf("a kiosk got check-in key %q, want 32 bytes in hex", cred.CheckinKey)
	}
	if code, _ := call(t, h, "", "POST", "/api/v1/devices/enrol", `{"code":"`+enrolled.Code+`"}`); code == 200 {
		t.Fatal("the code was exchanged twice")
	}
	kiosk, err := connectDevice(h, "kiosk-2", cred.Password)
	if err != nil {
		t.Fatalf("the kiosk cannot connect with its credentials: %v", err)
	}
	defer kiosk.Disconnect(0)
	if d := devicesOf(t, h, admin)["kiosk-2"]; d.State != "active" || d.Active.IsZero() || !d.Online || d.LastSeen.IsZero() {
		t.Fatalf("exchanged and connected: %+v", d)
	}

	code, body = call(t, h, admin, "POST", "/api/v1/devices/kiosk-2/revoke", "")
	if code != 200 {
		t.Fatalf("revoke: %d %s", code, body)
	}
	waitUntil(t, "the revoked kiosk is disconnected", func() bool {
		return !kiosk.IsConnectionOpen() && !devicesOf(t, h, admin)["kiosk-2"].Online
	})
	if d := devicesOf(t, h, admin)["kiosk-2"]; d.State != "revoked" || d.Revoked.IsZero() {
		t.Fatalf("revoked: %+v", d)
	}
	if _, err := connectDevice(h, "kiosk-2", cred.Password); err == nil {
		t.Fatal("a revoked kiosk connects again")
	}
	if code, _ := call(t, h, admin, "POST", "/api/v1/devices/kiosk-2/revoke", ""); code != 404 {
		t.Fatalf("revoking again: %d, want 404", code)
	}
}
