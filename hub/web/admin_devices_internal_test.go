package web

import (
	"testing"

	"vuoro/hub/queue"
)

// On a hub serving MQTT over TLS the installer's command (and the QR
// code, which holds what follows -enrol) carries the CA's fingerprint for
// the device to check; on a plain hub it is as before.
func TestTheEnrolCommandCarriesTheCAFingerprint(t *testing.T) {
	dev := queue.Device{ID: "kiosk-2", Kind: queue.DeviceKiosk}
	const fp = "3f1a9c0e5b7d2468ace013579bdf2468ace013579bdf2468ace013579bdf2468"
	for _, c := range []struct{ ca, want string }{
		{"", "kiosk -enrol CODE-1 -hub http://hub:8080 -credentials " + credentialsPath},
		{fp, "kiosk -enrol CODE-1 -ca-sha256 " + fp + " -hub http://hub:8080 -credentials " + credentialsPath},
	} {
		if got := enrolCommand(dev, enrolArgs("CODE-1", c.ca), "http://hub:8080"); got != c.want {
			t.Errorf("command = %q, want %q", got, c.want)
		}
	}
}
