package devcred

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/json"
	"encoding/pem"
	"math/big"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"
)

// testCA is a new self-signed CA certificate in PEM and its fingerprint.
func testCA(t testing.TB) (string, string) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "test CA"},
		NotBefore: time.Now(), NotAfter: time.Now().Add(time.Hour), IsCA: true, BasicConstraintsValid: true,
		KeyUsage: x509.KeyUsageCertSign}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	cert, _ := x509.ParseCertificate(der)
	return string(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der})), Fingerprint(cert)
}

func answer(t testing.TB, c Credentials) []byte {
	t.Helper()
	b, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// Whatever the hub (or whoever answers for it) sends, an enrolment is
// accepted only with a user name, a password and, when the device was
// given a fingerprint, the CA of that fingerprint.
func FuzzParseEnrolment(f *testing.F) {
	ca, pin := testCA(f)
	other, _ := testCA(f)
	good := Credentials{Device: "kiosk-1", Kind: "kiosk", Username: "kiosk-1", Password: "ABCD-EFGH", CA: ca}
	f.Add(answer(f, good), true)
	f.Add(answer(f, good), false)
	swapped := good
	swapped.CA = other
	f.Add(answer(f, swapped), true)
	f.Add(answer(f, Credentials{Username: "kiosk-1", Password: "x"}), true)
	f.Add([]byte(`{"username":"k","password":"p","ca":"-----BEGIN CERTIFICATE-----\nAA==\n-----END CERTIFICATE-----\n"}`), false)
	if _, err := parseEnrolment(bytes.NewReader(answer(f, good)), pin); err != nil {
		f.Fatalf("the hub's own answer is refused: %v", err)
	}
	f.Fuzz(func(t *testing.T, b []byte, pinned bool) {
		p := ""
		if pinned {
			p = pin
		}
		c, err := parseEnrolment(bytes.NewReader(b), p)
		if err != nil {
			return
		}
		if c.Username == "" || c.Password == "" {
			t.Fatalf("accepted an answer without credentials: %+v", c)
		}
		if pinned && c.CA != ca {
			t.Fatalf("accepted another CA than the pinned one:\n%s", c.CA)
		}
		if c.CA != "" {
			if _, err := CAPool(c.CA); err != nil {
				t.Fatalf("accepted a CA no link can use: %v", err)
			}
		}
	})
}

// A credentials file Load accepts holds credentials, and saved again it
// loads as the same. The file's content is fuzzed (parse and encode, what
// Load and Save do between reading and writing the file); one seed goes
// through the file itself.
func FuzzLoad(f *testing.F) {
	ca, _ := testCA(f)
	seed := answer(f, Credentials{Device: "kiosk-1", Kind: "kiosk", Username: "kiosk-1", Password: "ABCD", CA: ca})
	f.Add(seed)
	f.Add(answer(f, Credentials{Device: "cd-6", Kind: "counter-display", Room: "6", Username: "cd-6", Password: "ABCD"}))
	f.Add([]byte(`{"username":"k","password":""}`))
	path := filepath.Join(f.TempDir(), "credentials.json")
	if err := os.WriteFile(path, seed, 0o600); err != nil {
		f.Fatal(err)
	}
	if c, err := Load(path); err != nil || c.CA != ca {
		f.Fatalf("the seed's file does not load: %v", err)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		c, err := parse(b, "credentials.json")
		if err != nil {
			return
		}
		if c.Username == "" || c.Password == "" {
			t.Fatalf("loaded no credentials: %+v", c)
		}
		saved, err := encode(c)
		if err != nil {
			t.Fatal(err)
		}
		again, err := parse(saved, "credentials.json")
		if err != nil || !reflect.DeepEqual(again, c) {
			t.Fatalf("saved and loaded again: %+v, %v; was %+v", again, err, c)
		}
	})
}
