package suomifi

import (
	"crypto/rand"
	"crypto/rsa"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"fmt"
	"math/big"
	"time"
)

// KeyPair is an RSA key and its certificate.
type KeyPair struct {
	Key  *rsa.PrivateKey
	Cert *x509.Certificate
}

// NewKeyPair makes a self-signed 2048-bit RSA key pair valid for two
// years, as Suomi.fi accepts for SAML signing and encryption.
func NewKeyPair(commonName string) (KeyPair, error) {
	key, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		return KeyPair{}, fmt.Errorf("suomifi: key: %w", err)
	}
	serial, _ := rand.Int(rand.Reader, big.NewInt(1<<62))
	tmpl := &x509.Certificate{SerialNumber: serial, Subject: pkix.Name{CommonName: commonName},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().AddDate(2, 0, 0),
		KeyUsage: x509.KeyUsageDigitalSignature | x509.KeyUsageKeyEncipherment}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		return KeyPair{}, fmt.Errorf("suomifi: certificate: %w", err)
	}
	cert, err := x509.ParseCertificate(der)
	return KeyPair{Key: key, Cert: cert}, err
}

// LoadKeyPair reads a PEM certificate and RSA key from files.
func LoadKeyPair(certFile, keyFile string) (KeyPair, error) {
	c, err := tls.LoadX509KeyPair(certFile, keyFile)
	if err != nil {
		return KeyPair{}, fmt.Errorf("suomifi: %w", err)
	}
	key, ok := c.PrivateKey.(*rsa.PrivateKey)
	if !ok {
		return KeyPair{}, fmt.Errorf("suomifi: %s is not an RSA key", keyFile)
	}
	cert, err := x509.ParseCertificate(c.Certificate[0])
	return KeyPair{Key: key, Cert: cert}, err
}
