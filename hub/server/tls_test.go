package server_test

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"testing"
	"time"

	"golang.org/x/crypto/bcrypt"

	"vuoro/hub/server"
	"vuoro/shared/devcred"
	"vuoro/shared/devlink"
)

func tlsHub(t *testing.T, dir string) *server.Hub {
	t.Helper()
	h, err := server.Start(server.Options{DataDir: dir, HTTPAddr: "127.0.0.1:0", MQTTAddr: "127.0.0.1:0", TLS: true,
		Init: true, FirstAdmin: firstAdmin, BcryptCost: bcrypt.MinCost, Clock: monday{},
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// enrolCode enrols a kiosk in the console's API and returns its code.
func enrolCode(t *testing.T, h *server.Hub, admin, id string) string {
	t.Helper()
	code, body := call(t, h, admin, "POST", "/api/v1/devices", `{"device":"`+id+`","kind":"kiosk","room":""}`)
	var enrolled struct{ Code string }
	if json.Unmarshal([]byte(body), &enrolled); code != 200 || enrolled.Code == "" {
		t.Fatalf("enrol %s: %d %s", id, code, body)
	}
	return enrolled.Code
}

// waitConnected waits until l is connected to the hub.
func waitConnected(t *testing.T, l *devlink.Link) {
	t.Helper()
	for deadline := time.Now().Add(15 * time.Second); !l.Connected(); time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("the device did not connect over TLS")
		}
	}
}

// A hub started with -tls hands its CA to a device at enrolment; the device
// checks the fingerprint the console showed, keeps the CA beside its
// credentials and connects over TLS trusting that CA alone. Plain MQTT is
// refused, a wrong fingerprint stops the enrolment, and the CA survives a
// restart of the hub.
func TestADevicePinsTheHubsCAAndConnectsOverTLS(t *testing.T) {
	dir := t.TempDir()
	h := tlsHub(t, dir)
	defer func() { h.Close() }()
	admin := logIn(t, h, firstAdmin.Login, firstAdmin.Password)
	pin := h.CAFingerprint()
	if len(pin) != 64 {
		t.Fatalf("CA fingerprint %q", pin)
	}
	hubURL := "http://" + h.HTTPAddr()

	wrong := filepath.Join(t.TempDir(), "kiosk-9.json")
	bad := pin[:63] + string("10"[pin[63]&1])
	if _, err := devcred.Obtain(context.Background(), wrong, hubURL, enrolCode(t, h, admin, "kiosk-9"), bad); !errors.Is(err, devcred.ErrPin) {
		t.Fatalf("enrolment with another CA's fingerprint: %v, want ErrPin", err)
	}
	if _, err := os.Stat(wrong); !os.IsNotExist(err) {
		t.Fatalf("credentials kept after a fingerprint mismatch: %v", err)
	}

	path := filepath.Join(t.TempDir(), "kiosk-2.json")
	cred, err := devcred.Obtain(context.Background(), path, hubURL, enrolCode(t, h, admin, "kiosk-2"), pin)
	if err != nil {
		t.Fatal(err)
	}
	if kept, err := devcred.Load(path); err != nil || kept.CA == "" || kept.CA != cred.CA {
		t.Fatalf("the CA is not kept with the credentials: %v", err)
	}
	if _, err := connectDevice(h, "kiosk-2", cred.Password); err == nil {
		t.Fatal("plain MQTT connected to a hub started with -tls")
	}
	broker := "ssl://" + h.MQTTAddr()
	l, err := devlink.Open(devlink.Options{Broker: broker, Site: "lahti", Device: "kiosk-2", Kind: "kiosk",
		Username: cred.Username, Password: cred.Password, CA: cred.CA, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	waitConnected(t, l)
	if d := devicesOf(t, h, admin)["kiosk-2"]; !d.Online {
		t.Fatalf("connected over TLS but listed %+v", d)
	}
	if _, err := devlink.Open(devlink.Options{Broker: "tcp://" + h.MQTTAddr(), Site: "lahti", Device: "kiosk-2", CA: cred.CA}); err == nil {
		t.Fatal("a link with the hub's CA opened on a plain broker URL")
	}

	h.Close()
	h = tlsHub(t, dir)
	if h.CAFingerprint() != pin {
		t.Fatalf("the CA changed across a restart: %s, was %s", h.CAFingerprint(), pin)
	}
	kept, err := devcred.Obtain(context.Background(), path, hubURL, "", pin)
	if err != nil {
		t.Fatalf("the kept credentials no longer match the pin: %v", err)
	}
	again, err := devlink.Open(devlink.Options{Broker: "ssl://" + h.MQTTAddr(), Site: "lahti", Device: "kiosk-2", Kind: "kiosk",
		Username: kept.Username, Password: kept.Password, CA: kept.CA, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	defer again.Close()
	waitConnected(t, again)
}
