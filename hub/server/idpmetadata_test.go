package server_test

import (
	"bytes"
	"crypto/x509"
	"encoding/pem"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"vuoro/hub/portal/suomifi"
	"vuoro/hub/portal/testidp"
	"vuoro/hub/server"
)

// writeKeyPair writes a new key pair as PEM files and returns their paths.
func writeKeyPair(t *testing.T, dir, name string) (suomifi.KeyPair, string, string) {
	t.Helper()
	kp, err := suomifi.NewKeyPair(name)
	if err != nil {
		t.Fatal(err)
	}
	cert, key := filepath.Join(dir, name+".crt"), filepath.Join(dir, name+".key")
	os.WriteFile(cert, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: kp.Cert.Raw}), 0o600)
	os.WriteFile(key, pem.EncodeToMemory(&pem.Block{Type: "RSA PRIVATE KEY", Bytes: x509.MarshalPKCS1PrivateKey(kp.Key)}), 0o600)
	return kp, cert, key
}

// aggregate is an EntitiesDescriptor holding test IdPs at the bases.
func aggregate(t *testing.T, bases ...string) []byte {
	t.Helper()
	var b strings.Builder
	b.WriteString(`<md:EntitiesDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" ID="_fed">`)
	for _, base := range bases {
		idp, err := testidp.New(testidp.Options{BaseURL: base})
		if err != nil {
			t.Fatal(err)
		}
		b.WriteString(strings.TrimPrefix(string(idp.Metadata()), `<?xml version="1.0" encoding="UTF-8"?>`))
	}
	b.WriteString(`</md:EntitiesDescriptor>`)
	return []byte(b.String())
}

// syncBuffer is a log that a test reads while the hub writes it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func startPortal(t *testing.T, p server.PortalOptions, log io.Writer) (*server.Hub, error) {
	t.Helper()
	dir := t.TempDir()
	_, p.SigningCert, p.SigningKey = writeKeyPair(t, dir, "signing")
	_, p.EncryptionCert, p.EncryptionKey = writeKeyPair(t, dir, "encryption")
	h, err := server.Start(server.Options{DataDir: dir, HTTPAddr: "127.0.0.1:0", MQTTAddr: "127.0.0.1:0", Init: true,
		Portal: p, Logger: slog.New(slog.NewTextHandler(log, nil))})
	if err == nil {
		t.Cleanup(func() { h.Close() })
	}
	return h, err
}

// loginGoesTo returns where the portal sends a citizen to log in.
func loginGoesTo(t *testing.T, h *server.Hub) string {
	t.Helper()
	c := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := c.Get("http://" + h.HTTPAddr() + "/portal/citizen/login")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return resp.Header.Get("Location")
}

// TestEntitiesDescriptorStartsTheHub: a federation's EntitiesDescriptor
// starts the portal with the IdP -idp-entity-id names; with two IdPs and
// no choice the hub does not start, and says which IdPs there are.
func TestEntitiesDescriptorStartsTheHub(t *testing.T) {
	file := filepath.Join(t.TempDir(), "federation.xml")
	os.WriteFile(file, aggregate(t, "https://a.example/idp", "https://b.example/idp"), 0o600)
	h, err := startPortal(t, server.PortalOptions{IdPMetadata: file, IdPEntityID: "https://b.example/idp/metadata"}, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if to := loginGoesTo(t, h); !strings.HasPrefix(to, "https://b.example/idp/sso?SAMLRequest=") {
		t.Errorf("login goes to %s", to)
	}
	if _, err := startPortal(t, server.PortalOptions{IdPMetadata: file}, io.Discard); err == nil ||
		!strings.Contains(err.Error(), "https://a.example/idp/metadata, https://b.example/idp/metadata") {
		t.Errorf("two IdPs and no -idp-entity-id: %v", err)
	}
}

// TestMetadataFromURL: with -idp-metadata-url the hub starts from the
// signed copy there, and a later unsigned copy is logged and not used.
func TestMetadataFromURL(t *testing.T) {
	fed, certFile, _ := writeKeyPair(t, t.TempDir(), "federation")
	var mu sync.Mutex
	body, err := testidp.SignMetadata(fed, aggregate(t, "https://a.example/idp"))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		w.Write(body)
	}))
	t.Cleanup(srv.Close)
	var log syncBuffer
	h, err := startPortal(t, server.PortalOptions{IdPMetadataURL: srv.URL, IdPMetadataCert: certFile, IdPMetadataRefresh: 10 * time.Millisecond}, &log)
	if err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	body = aggregate(t, "https://evil.example/idp")
	mu.Unlock()
	deadline := time.Now().Add(5 * time.Second)
	for !strings.Contains(log.String(), "metadata not refreshed") && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if !strings.Contains(log.String(), "metadata is not signed") {
		t.Errorf("the unsigned copy was not logged:\n%s", log.String())
	}
	if to := loginGoesTo(t, h); !strings.HasPrefix(to, "https://a.example/idp/sso?") {
		t.Errorf("login goes to %s", to)
	}
}
