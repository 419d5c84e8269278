package broker

import (
	"bytes"
	"testing"

	"github.com/mochi-mqtt/server/v2/packets"
)

// fuzzDevices knows kiosk-1 and its password.
type fuzzDevices struct{}

func (fuzzDevices) Authenticate(username, password string) (Identity, error) {
	switch {
	case username != "kiosk-1":
		return Identity{}, ErrUnknownDevice
	case password != "secret-1":
		return Identity{}, ErrBadPassword
	}
	return Identity{Device: "kiosk-1", Kind: KindKiosk}, nil
}

// connectBody is the body of a CONNECT packet (after its fixed header) as
// a client sends it.
func connectBody(t testing.TB, version byte, c packets.ConnectParams) []byte {
	t.Helper()
	c.ProtocolName = []byte("MQTT")
	pk := packets.Packet{FixedHeader: packets.FixedHeader{Type: packets.Connect}, ProtocolVersion: version, Connect: c}
	var buf bytes.Buffer
	if err := pk.ConnectEncode(&buf); err != nil {
		t.Fatal(err)
	}
	b := buf.Bytes()[1:] // the packet type, then the remaining length
	for b[0]&0x80 != 0 {
		b = b[1:]
	}
	return b[1:]
}

// Whatever a CONNECT holds, the broker's door admits only kiosk-1 with its
// password, under its own client id, with no retained will and a will
// only on a topic the kiosk may publish.
func FuzzConnectAuthenticate(f *testing.F) {
	good := packets.ConnectParams{ClientIdentifier: "lahti-kiosk-1", UsernameFlag: true, Username: []byte("kiosk-1"),
		PasswordFlag: true, Password: []byte("secret-1"), Clean: true, Keepalive: 30}
	will := good
	will.WillFlag, will.WillTopic, will.WillPayload = true, "vuoro/v1/lahti/device/kiosk-1/status", []byte(`{"v":1}`)
	retained := will
	retained.WillRetain = true
	other := good
	other.ClientIdentifier = "lahti-kiosk-2"
	for _, c := range []packets.ConnectParams{good, will, retained, other, {ClientIdentifier: "lahti-kiosk-1"}} {
		f.Add(connectBody(f, 4, c))
		f.Add(connectBody(f, 5, c))
	}
	h := newAuthHook(Options{Site: "lahti", Auth: fuzzDevices{}}.withDefaults(), &counts{})
	var pk packets.Packet
	if err := pk.ConnectDecode(connectBody(f, 4, will)); err != nil {
		f.Fatal(err)
	}
	if _, why := h.admit(pk.Connect); why != "" {
		f.Fatal("the kiosk's own CONNECT is refused: the fuzzing would test nothing")
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		pk := packets.Packet{FixedHeader: packets.FixedHeader{Type: packets.Connect}}
		if pk.ConnectDecode(body) != nil {
			return
		}
		c := pk.Connect
		id, why := h.admit(c)
		if why != "" {
			return
		}
		switch {
		case id.Device != "kiosk-1" || string(c.Username) != "kiosk-1" || string(c.Password) != "secret-1" || !c.PasswordFlag:
			t.Fatalf("admitted %q with password %q as %+v", c.Username, c.Password, id)
		case c.ClientIdentifier != ClientID("lahti", id.Device):
			t.Fatalf("admitted %s under client id %q", id.Device, c.ClientIdentifier)
		case c.WillFlag && (c.WillRetain || !id.MayPublish("lahti", c.WillTopic)):
			t.Fatalf("admitted %s with a will on %q (retained %v)", id.Device, c.WillTopic, c.WillRetain)
		}
	})
}
