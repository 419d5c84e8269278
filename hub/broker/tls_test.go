package broker_test

import (
	"crypto/tls"
	"crypto/x509"
	"testing"
	"time"

	paho "github.com/eclipse/paho.mqtt.golang"

	"vuoro/hub/broker"
	"vuoro/hub/broker/brokertest"
	"vuoro/hub/tlsca"
)

// tlsBroker is a broker speaking MQTT over TLS only, with a certificate of
// a CA made in a temporary folder, and a plain listener when plain is set.
func tlsBroker(t *testing.T, plain bool) (*broker.Broker, *tlsca.CA) {
	t.Helper()
	ca, err := tlsca.Open(t.TempDir(), []string{"localhost", "127.0.0.1"}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	devs := &brokertest.Devices{}
	devs.Add(kiosk, "secret-1")
	o := broker.Options{Addr: "127.0.0.1:0", TLS: ca.ServerConfig(), Site: site, Auth: devs, Logger: quiet}
	if plain {
		o.PlainAddr = "127.0.0.1:0"
	}
	b, err := broker.Start(o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.Close() })
	return b, ca
}

// connectTLS connects kiosk-1 over TLS trusting roots (the system's when nil).
func connectTLS(t *testing.T, addr string, roots *x509.CertPool) error {
	t.Helper()
	o := paho.NewClientOptions().AddBroker("ssl://" + addr).SetClientID("lahti-kiosk-1").
		SetUsername("kiosk-1").SetPassword("secret-1").SetAutoReconnect(false).
		SetTLSConfig(&tls.Config{RootCAs: roots, MinVersion: tls.VersionTLS12})
	c := paho.NewClient(o)
	tok := c.Connect()
	if !tok.WaitTimeout(10 * time.Second) {
		t.Fatal("connect timed out")
	}
	if tok.Error() == nil {
		c.Disconnect(50)
	}
	return tok.Error()
}

func pool(t *testing.T, ca *tlsca.CA) *x509.CertPool {
	t.Helper()
	p := x509.NewCertPool()
	if !p.AppendCertsFromPEM([]byte(ca.CertPEM())) {
		t.Fatal("CA not PEM")
	}
	return p
}

func TestOverTLSOnlyAClientPinningTheHubsCAConnects(t *testing.T) {
	b, ca := tlsBroker(t, false)
	if err := connectTLS(t, b.Addr(), pool(t, ca)); err != nil {
		t.Fatalf("a kiosk trusting the hub's CA: %v", err)
	}
	other, err := tlsca.Open(t.TempDir(), []string{"localhost"}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if err := connectTLS(t, b.Addr(), pool(t, other)); err == nil {
		t.Error("a client trusting another CA connected")
	}
	if err := connectTLS(t, b.Addr(), nil); err == nil {
		t.Error("a client trusting the system's CAs connected")
	}
	if _, err := connect(t, b, "lahti-kiosk-1", "kiosk-1", "secret-1"); err == nil {
		t.Error("plain MQTT was served on the TLS listener")
	}
	if b.PlainAddr() != "" {
		t.Errorf("a plain listener on %s that was not asked for", b.PlainAddr())
	}
}

func TestTLSIsAtLeastVersion12(t *testing.T) {
	b, ca := tlsBroker(t, false)
	c, err := tls.Dial("tcp", b.Addr(), &tls.Config{RootCAs: pool(t, ca), MaxVersion: tls.VersionTLS11, ServerName: "localhost"})
	if err == nil {
		c.Close()
		t.Fatal("a TLS 1.1 handshake succeeded")
	}
}

func TestAPlainListenerBesideTLSOnlyWhenAskedFor(t *testing.T) {
	b, ca := tlsBroker(t, true)
	if b.PlainAddr() == "" {
		t.Fatal("no plain listener")
	}
	plain, err := paho.NewClient(paho.NewClientOptions().AddBroker("tcp://"+b.PlainAddr()).SetClientID("lahti-kiosk-1").
		SetUsername("kiosk-1").SetPassword("secret-1").SetAutoReconnect(false)).Connect(), error(nil)
	if !plain.WaitTimeout(5*time.Second) || plain.Error() != nil || err != nil {
		t.Fatalf("plain listener: %v", plain.Error())
	}
	if err := connectTLS(t, b.Addr(), pool(t, ca)); err != nil {
		t.Fatalf("TLS beside plain: %v", err)
	}
}
