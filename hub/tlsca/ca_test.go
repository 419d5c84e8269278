package tlsca_test

import (
	"bytes"
	"crypto/x509"
	"os"
	"path/filepath"
	"testing"
	"time"

	"vuoro/hub/tlsca"
	"vuoro/shared/devcred"
)

var start = time.Date(2026, 11, 23, 8, 0, 0, 0, time.UTC)

func open(t *testing.T, dir string, now time.Time, hosts ...string) *tlsca.CA {
	t.Helper()
	ca, err := tlsca.Open(dir, hosts, now)
	if err != nil {
		t.Fatal(err)
	}
	return ca
}

// leaf is the server certificate the listener presents, checked to chain
// to the CA a device pins, for every host.
func leaf(t *testing.T, ca *tlsca.CA, now time.Time, hosts ...string) *x509.Certificate {
	t.Helper()
	pool, err := devcred.CAPool(ca.CertPEM())
	if err != nil {
		t.Fatal(err)
	}
	cert := ca.ServerConfig().Certificates[0].Leaf
	for _, h := range hosts {
		if _, err := cert.Verify(x509.VerifyOptions{Roots: pool, DNSName: h, CurrentTime: now}); err != nil {
			t.Errorf("server certificate for %s: %v", h, err)
		}
	}
	return cert
}

func TestTheCAIsMadeOnceAndKeptWithPrivateKeys(t *testing.T) {
	dir := t.TempDir()
	first := open(t, dir, start, "hub.vuoro.lan", "192.168.10.2")
	cert := leaf(t, first, start, "hub.vuoro.lan", "192.168.10.2")
	if cert.VerifyHostname("stranger.lan") == nil {
		t.Error("the server certificate names a host it was not given")
	}
	for _, key := range []string{"mqtt-ca-key.pem", "mqtt-server-key.pem"} {
		fi, err := os.Stat(filepath.Join(dir, key))
		if err != nil || fi.Mode().Perm() != 0o600 {
			t.Errorf("%s: %v, mode %v; want 0600", key, err, fi.Mode().Perm())
		}
	}
	again := open(t, dir, start.Add(24*time.Hour), "hub.vuoro.lan", "192.168.10.2")
	if again.Fingerprint() != first.Fingerprint() || again.CertPEM() != first.CertPEM() {
		t.Fatal("a restart made a new CA: every enrolled device would be stranded")
	}
	if !bytes.Equal(leaf(t, again, start, "hub.vuoro.lan").Raw, cert.Raw) {
		t.Error("a restart issued a new server certificate though the old one serves")
	}
}

func TestANewHostOrANearEndGetsANewServerCertificateFromTheSameCA(t *testing.T) {
	dir := t.TempDir()
	first := open(t, dir, start, "hub.vuoro.lan")
	old := leaf(t, first, start, "hub.vuoro.lan")
	moved := open(t, dir, start, "hub.vuoro.lan", "10.0.0.5")
	if moved.Fingerprint() != first.Fingerprint() {
		t.Fatal("a new host name changed the CA")
	}
	if bytes.Equal(leaf(t, moved, start, "hub.vuoro.lan", "10.0.0.5").Raw, old.Raw) {
		t.Error("the server certificate was kept without the new host")
	}
	late := old.NotAfter.Add(-10 * 24 * time.Hour)
	renewed := open(t, dir, late, "hub.vuoro.lan", "10.0.0.5")
	if got := leaf(t, renewed, late, "hub.vuoro.lan").NotAfter; !got.After(old.NotAfter) {
		t.Errorf("server certificate 10 days from its end was kept (until %v)", got)
	}
	if renewed.Fingerprint() != first.Fingerprint() {
		t.Fatal("renewing the server certificate changed the CA")
	}
}

func TestACAKeyWithoutItsCertificateStopsTheHub(t *testing.T) {
	dir := t.TempDir()
	open(t, dir, start, "localhost")
	if err := os.Remove(filepath.Join(dir, "mqtt-ca.pem")); err != nil {
		t.Fatal(err)
	}
	if _, err := tlsca.Open(dir, []string{"localhost"}, start); err == nil {
		t.Fatal("a CA key without its certificate was replaced by a new CA")
	}
}
