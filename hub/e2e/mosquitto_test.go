package e2e

import (
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"vuoro/display/board"
	"vuoro/hub/server"
)

// mosquitto runs a real Mosquitto broker on a free loopback port. Without
// one the test is skipped, except in CI, where `make test` installs it.
func mosquitto(t *testing.T) string {
	t.Helper()
	bin, err := exec.LookPath("mosquitto")
	if err != nil {
		if _, e := os.Stat("/usr/sbin/mosquitto"); e == nil {
			bin, err = "/usr/sbin/mosquitto", nil
		}
	}
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("mosquitto not installed; make test installs it")
		}
		t.Skip("mosquitto not installed")
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().(*net.TCPAddr)
	ln.Close()
	conf := filepath.Join(t.TempDir(), "mosquitto.conf")
	os.WriteFile(conf, []byte(fmt.Sprintf("listener %d 127.0.0.1\nallow_anonymous true\npersistence false\n", addr.Port)), 0o644)
	cmd := exec.Command(bin, "-c", conf)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	for range 50 {
		if c, err := net.Dial("tcp", addr.String()); err == nil {
			c.Close()
			return addr.String()
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatal("mosquitto did not start")
	return ""
}

// TestExternalMosquitto runs the kiosk-to-display path through an external
// Mosquitto instead of the embedded broker.
func TestExternalMosquitto(t *testing.T) {
	addr := mosquitto(t)
	h, err := server.Start(server.Options{DataDir: t.TempDir(), HTTPAddr: "127.0.0.1:0", MQTTExternal: "tcp://" + addr, Demo: true, Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	k := newKiosk(t, h)
	d := newDisplays(t, h)
	if st := k.checkIn(t, "kela", "kela-asiointi"); st.Number != "K6" {
		t.Fatalf("kiosk got %q (%s) through Mosquitto, want K6", st.Number, st.Error)
	}
	newConsole(t, h, "kela").call(t, "kela-asiointi", "6")
	d.waitFor(t, "K6 → 6 through Mosquitto", func(q board.QueueState, c board.CounterState) bool {
		return q.Latest == board.Entry{CallID: "K6", Room: "6"} && c.CallID == "K6"
	})
}
