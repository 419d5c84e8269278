package suomifi_test

import (
	"bytes"
	"context"
	"crypto/x509"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"vuoro/hub/portal/suomifi"
	"vuoro/hub/portal/testidp"
)

// entityXML is an IdP's EntityDescriptor without its XML declaration.
func entityXML(t *testing.T, base string) string {
	t.Helper()
	idp, err := testidp.New(testidp.Options{BaseURL: base})
	if err != nil {
		t.Fatal(err)
	}
	return strings.TrimPrefix(string(idp.Metadata()), `<?xml version="1.0" encoding="UTF-8"?>`)
}

// federation wraps entities in EntitiesDescriptors, one nested.
func federation(validUntil string, entities ...string) []byte {
	return []byte(`<?xml version="1.0"?><md:EntitiesDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" ID="_fed" Name="https://fed.example" validUntil="` +
		validUntil + `">` + entities[0] + `<md:EntitiesDescriptor>` + strings.Join(entities[1:], "") + `</md:EntitiesDescriptor></md:EntitiesDescriptor>`)
}

// TestIdPMetadataFromEntitiesDescriptor: a federation's aggregate is read,
// the IdP chosen by entity ID or as the only one, and more than one IdP
// without a choice is an error naming them.
func TestIdPMetadataFromEntitiesDescriptor(t *testing.T) {
	a, b := entityXML(t, "https://a.example/idp"), entityXML(t, "https://b.example/idp")
	until := time.Now().Add(24 * time.Hour).UTC().Truncate(time.Second)
	two := federation(until.Format(time.RFC3339), a, b)
	if ed, err := suomifi.ParseIdPMetadata(two, "https://b.example/idp/metadata"); err != nil || ed.EntityID != "https://b.example/idp/metadata" || !ed.ValidUntil.Equal(until) {
		t.Errorf("by entity ID: %v %v", ed, err)
	}
	_, err := suomifi.ParseIdPMetadata(two, "")
	if err == nil || !strings.Contains(err.Error(), "https://a.example/idp/metadata, https://b.example/idp/metadata") {
		t.Errorf("two IdPs and no choice: %v", err)
	}
	if _, err := suomifi.ParseIdPMetadata(two, "https://c.example"); err == nil || !strings.Contains(err.Error(), "https://a.example/idp/metadata") {
		t.Errorf("an IdP not in the file: %v", err)
	}
	if ed, err := suomifi.ParseIdPMetadata(federation(until.Format(time.RFC3339), a), ""); err != nil || ed.EntityID != "https://a.example/idp/metadata" {
		t.Errorf("the only IdP: %v %v", ed, err)
	}
}

// signMetadata signs a metadata document's root as a federation does.
func signMetadata(t *testing.T, kp suomifi.KeyPair, raw []byte) []byte {
	t.Helper()
	out, err := testidp.SignMetadata(kp, raw)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestMetadataRefresh: a signed refresh replaces the IdP; an unsigned one,
// one signed by another key, one changed after signing and an expired one
// are refused, each saying why, and the last good metadata stays in use.
func TestMetadataRefresh(t *testing.T) {
	fed, err := suomifi.NewKeyPair("federation")
	if err != nil {
		t.Fatal(err)
	}
	other, _ := suomifi.NewKeyPair("someone else")
	r := newRig(t, 2)
	first := r.sp.IdPEntityID()
	until := time.Now().Add(time.Hour).UTC().Format(time.RFC3339)
	good := signMetadata(t, fed, federation(until, entityXML(t, "https://next.example/idp")))
	var mu sync.Mutex
	serve := good
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		w.Write(serve)
	}))
	t.Cleanup(srv.Close)
	f := suomifi.Refresh{URL: srv.URL, Certs: []*x509.Certificate{fed.Cert}}
	for _, tc := range []struct {
		name, body, why string
	}{
		{"unsigned", string(federation(until, entityXML(t, "https://evil.example/idp"))), "not signed"},
		{"signed by another key", string(signMetadata(t, other, federation(until, entityXML(t, "https://evil.example/idp")))), "signature"},
		{"changed after signing", string(bytes.Replace(good, []byte("https://next.example"), []byte("https://evil.example"), -1)), "signature"},
		{"expired", string(signMetadata(t, fed, federation("2020-01-01T00:00:00Z", entityXML(t, "https://old.example/idp")))), "expired"},
	} {
		mu.Lock()
		serve = []byte(tc.body)
		mu.Unlock()
		if err := runOnce(f, r.sp); err == nil || !strings.Contains(err.Error(), tc.why) {
			t.Errorf("%s: refresh said %v, want %q", tc.name, err, tc.why)
		}
		if got := r.sp.IdPEntityID(); got != first {
			t.Fatalf("%s: the IdP is now %s", tc.name, got)
		}
	}
	mu.Lock()
	serve = good
	mu.Unlock()
	if err := runOnce(f, r.sp); err != nil || r.sp.IdPEntityID() != "https://next.example/idp/metadata" {
		t.Errorf("good refresh: %v, IdP %s", err, r.sp.IdPEntityID())
	}
}

// runOnce runs f until its first report.
func runOnce(f suomifi.Refresh, sp *suomifi.SP) error {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		f.Run(ctx, sp, func(err error) {
			select {
			case done <- err:
			default:
			}
		})
	}()
	err := <-done
	cancel()
	wg.Wait()
	return err
}
