package devcred

import (
	"crypto/sha256"
	"crypto/x509"
	"encoding/hex"
	"encoding/pem"
	"errors"
	"fmt"
	"strings"
)

// ErrPin means the hub's CA certificate is not the one whose fingerprint
// the device was given (-ca-sha256): someone between the device and the
// hub may be answering for the hub.
var ErrPin = errors.New("devcred: the hub's CA certificate does not match the fingerprint given")

// ParseCA parses a PEM holding exactly one CA certificate, as the hub
// hands its MQTT CA to a device.
func ParseCA(pemCA string) (*x509.Certificate, error) {
	block, rest := pem.Decode([]byte(pemCA))
	if block == nil || block.Type != "CERTIFICATE" || strings.TrimSpace(string(rest)) != "" {
		return nil, errors.New("devcred: the CA is not one PEM certificate")
	}
	cert, err := x509.ParseCertificate(block.Bytes)
	if err != nil {
		return nil, fmt.Errorf("devcred: CA: %w", err)
	}
	if !cert.IsCA || !cert.BasicConstraintsValid {
		return nil, errors.New("devcred: the CA certificate is not a CA")
	}
	return cert, nil
}

// Fingerprint is the SHA-256 of a certificate's DER, in lowercase hex:
// what the console shows beside an enrolment code.
func Fingerprint(cert *x509.Certificate) string {
	sum := sha256.Sum256(cert.Raw)
	return hex.EncodeToString(sum[:])
}

// CAPool returns a pool of only the CA in pemCA, for a device to trust
// that CA and nothing else.
func CAPool(pemCA string) (*x509.CertPool, error) {
	cert, err := ParseCA(pemCA)
	if err != nil {
		return nil, err
	}
	pool := x509.NewCertPool()
	pool.AddCert(cert)
	return pool, nil
}

// checkPin checks c's CA against a fingerprint given as hex (upper or
// lower case, with or without ':' between bytes). An empty pin checks
// nothing.
func checkPin(c Credentials, pin string) error {
	if pin == "" {
		return nil
	}
	if c.CA == "" {
		return fmt.Errorf("%w: the hub sent no CA (is it started with -tls?)", ErrPin)
	}
	cert, err := ParseCA(c.CA)
	if err != nil {
		return err
	}
	want := strings.ToLower(strings.ReplaceAll(strings.TrimSpace(pin), ":", ""))
	if Fingerprint(cert) != want {
		return fmt.Errorf("%w: got %s", ErrPin, Fingerprint(cert))
	}
	return nil
}
