package e2e

import (
	"testing"

	"vuoro/display/board"
	"vuoro/hub/dynsec/mosqtest"
	"vuoro/hub/server"
)

// TestExternalMosquitto runs the kiosk-to-display path through an external
// Mosquitto instead of the embedded broker, whose accounts the hub manages:
// the kiosk and displays connect with the credentials they were enrolled with.
func TestExternalMosquitto(t *testing.T) {
	m := mosqtest.Start(t)
	h, err := server.Start(server.Options{DataDir: t.TempDir(), HTTPAddr: "127.0.0.1:0", MQTTExternal: m.URL(),
		MQTTUser: m.Admin, MQTTPassword: m.Password, Demo: true, Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	k := newKiosk(t, h)
	d := newDisplays(t, h)
	if st := k.checkIn(t, "kela", "kela-asiointi"); st.Number != "K1" {
		t.Fatalf("kiosk got %q (%s) through Mosquitto, want K1", st.Number, st.Error)
	}
	newConsole(t, h, "kela").call(t, "kela-asiointi", "6")
	d.waitFor(t, "K1 → 6 through Mosquitto", func(q board.QueueState, c board.CounterState) bool {
		return q.Latest == board.Entry{CallID: "K1", Room: "6"} && c.CallID == "K1"
	})
}
