// Package tlsca is the small certificate authority a hub started with
// -tls keeps in its data folder: one CA, created once, and the certificate
// of the hub's MQTT listener, issued by it for the hub's names. Devices
// get the CA's certificate at enrolment and trust it alone, so the CA
// outlives restarts and new server certificates: its fingerprint is the
// devices' pin.
package tlsca

import (
	"crypto/ecdsa"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"vuoro/shared/devcred"
)

// The files in the CA's folder. The keys are readable by the hub's user
// only (0600).
const (
	caCertFile     = "mqtt-ca.pem"
	caKeyFile      = "mqtt-ca-key.pem"
	serverCertFile = "mqtt-server.pem"
	serverKeyFile  = "mqtt-server-key.pem"
)

// Validity of the CA and of a server certificate; a server certificate
// is issued anew when it has less than renewBefore left.
const (
	caValidity     = 20 * 365 * 24 * time.Hour
	serverValidity = 2 * 365 * 24 * time.Hour
	renewBefore    = 30 * 24 * time.Hour
)

// CA is the hub's MQTT certificate authority and its listener's
// certificate.
type CA struct {
	cert   *x509.Certificate
	pem    []byte
	server tls.Certificate
}

// Open loads the CA kept in dir, creating it on the first start, and the
// server certificate, issuing it anew when it is missing, does not name
// every host, or expires within 30 days. hosts are the names and
// addresses devices reach the hub at.
func Open(dir string, hosts []string, now time.Time) (*CA, error) {
	if len(hosts) == 0 {
		return nil, fmt.Errorf("tlsca: no host names for the server certificate")
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("tlsca: %w", err)
	}
	cert, key, err := loadOrCreateCA(dir, now)
	if err != nil {
		return nil, err
	}
	server, err := loadOrIssueServer(dir, cert, key, hosts, now)
	if err != nil {
		return nil, err
	}
	pemCA := pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: cert.Raw})
	return &CA{cert: cert, pem: pemCA, server: server}, nil
}

// CertPEM is the CA's certificate, as devices get it at enrolment.
func (c *CA) CertPEM() string { return string(c.pem) }

// Fingerprint is the SHA-256 of the CA's certificate in hex: the pin the
// console shows beside an enrolment code.
func (c *CA) Fingerprint() string { return devcred.Fingerprint(c.cert) }

// ServerConfig is the TLS configuration of the MQTT listener: the
// server certificate, TLS 1.2 or later.
func (c *CA) ServerConfig() *tls.Config {
	return &tls.Config{Certificates: []tls.Certificate{c.server}, MinVersion: tls.VersionTLS12}
}

func loadOrCreateCA(dir string, now time.Time) (*x509.Certificate, *ecdsa.PrivateKey, error) {
	cert, key, err := loadPair(dir, caCertFile, caKeyFile)
	if err == nil || !os.IsNotExist(err) {
		return cert, key, err
	}
	tmpl := &x509.Certificate{
		SerialNumber:          serial(),
		Subject:               pkix.Name{CommonName: "Vuoro hub MQTT CA " + serial().Text(36)[:8]},
		NotBefore:             now.Add(-time.Hour),
		NotAfter:              now.Add(caValidity),
		IsCA:                  true,
		BasicConstraintsValid: true,
		MaxPathLenZero:        true,
		KeyUsage:              x509.KeyUsageCertSign | x509.KeyUsageCRLSign,
	}
	if cert, key, err = newCert(tmpl, nil, nil); err != nil {
		return nil, nil, err
	}
	return cert, key, savePair(dir, caCertFile, caKeyFile, cert, key)
}

func path(dir, name string) string { return filepath.Join(dir, name) }
