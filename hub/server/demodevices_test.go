package server

import (
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/crypto/bcrypt"

	"vuoro/shared/devcred"
)

// make run's devices: a demo hub writes credentials it accepts, keeps them
// across a restart, and replaces them for a new data folder.
func TestDemoDevicesGetCredentials(t *testing.T) {
	devices := t.TempDir()
	start := func(data string) *Hub {
		h, err := Start(Options{DataDir: data, HTTPAddr: "127.0.0.1:0", MQTTAddr: "127.0.0.1:0", Demo: true,
			DemoDevices: devices, BcryptCost: bcrypt.MinCost, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
		if err != nil {
			t.Fatal(err)
		}
		return h
	}
	accepted := func(h *Hub) map[string]string {
		out := map[string]string{}
		for _, d := range demoDevices {
			c, err := devcred.Load(filepath.Join(devices, d.id+".json"))
			if err != nil {
				t.Fatal(err)
			}
			if _, err := (deviceAuth{h.engine, h.store}).Authenticate(c.Username, c.Password); err != nil {
				t.Fatalf("%s: the hub refuses the credentials it wrote", d.id)
			}
			out[d.id] = c.Password
		}
		return out
	}
	data := t.TempDir()
	h := start(data)
	first := accepted(h)
	h.Close()
	h = start(data)
	if again := accepted(h); again["kiosk-1"] != first["kiosk-1"] {
		t.Fatal("a restart replaced credentials the hub still accepts")
	}
	h.Close()
	os.RemoveAll(data)
	h = start(t.TempDir())
	defer h.Close()
	if fresh := accepted(h); fresh["kiosk-1"] == first["kiosk-1"] {
		t.Fatal("a new data folder kept credentials it cannot know")
	}
}
