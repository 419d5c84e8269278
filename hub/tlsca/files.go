package tlsca

import (
	"crypto/ecdsa"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"fmt"
	"os"

	"vuoro/shared/devcred"
)

// loadPair reads a certificate and its key. Neither file existing is
// os.ErrNotExist (create them); one without the other, or either
// unreadable, is an error that stops the hub: making a new CA would
// strand every enrolled device.
func loadPair(dir, certName, keyName string) (*x509.Certificate, *ecdsa.PrivateKey, error) {
	certPEM, cerr := os.ReadFile(path(dir, certName))
	keyPEM, kerr := os.ReadFile(path(dir, keyName))
	if errors.Is(cerr, os.ErrNotExist) && errors.Is(kerr, os.ErrNotExist) {
		return nil, nil, os.ErrNotExist
	}
	if err := errors.Join(cerr, kerr); err != nil {
		return nil, nil, fmt.Errorf("tlsca: %w", err)
	}
	cert, err := parseCert(certPEM)
	if err != nil {
		return nil, nil, fmt.Errorf("tlsca: %s: %w", certName, err)
	}
	key, err := parseKey(keyPEM)
	if err != nil {
		return nil, nil, fmt.Errorf("tlsca: %s: %w", keyName, err)
	}
	if !key.PublicKey.Equal(cert.PublicKey) {
		return nil, nil, fmt.Errorf("tlsca: %s is not the key of %s", keyName, certName)
	}
	return cert, key, nil
}

func parseCert(b []byte) (*x509.Certificate, error) {
	block, _ := pem.Decode(b)
	if block == nil || block.Type != "CERTIFICATE" {
		return nil, errors.New("no PEM certificate")
	}
	return x509.ParseCertificate(block.Bytes)
}

func parseKey(b []byte) (*ecdsa.PrivateKey, error) {
	block, _ := pem.Decode(b)
	if block == nil || block.Type != "PRIVATE KEY" {
		return nil, errors.New("no PEM private key")
	}
	k, err := x509.ParsePKCS8PrivateKey(block.Bytes)
	if err != nil {
		return nil, err
	}
	ec, ok := k.(*ecdsa.PrivateKey)
	if !ok {
		return nil, errors.New("not an ECDSA key")
	}
	return ec, nil
}

// savePair writes the key (0600) and then the certificate, each whole.
func savePair(dir, certName, keyName string, cert *x509.Certificate, key *ecdsa.PrivateKey) error {
	der, err := x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		return fmt.Errorf("tlsca: %w", err)
	}
	if err := devcred.WritePrivate(path(dir, keyName), pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der})); err != nil {
		return fmt.Errorf("tlsca: %w", err)
	}
	if err := devcred.WritePrivate(path(dir, certName), pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: cert.Raw})); err != nil {
		return fmt.Errorf("tlsca: %w", err)
	}
	return nil
}
