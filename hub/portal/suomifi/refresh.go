package suomifi

import (
	"cmp"
	"context"
	"crypto/x509"
	"encoding/pem"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/crewjam/saml"
)

// Refresh fetches the identity provider's metadata from a URL, as
// federations publish it: signed, the signature checked against
// certificates configured beforehand (never ones the metadata carries).
type Refresh struct {
	URL      string
	Certs    []*x509.Certificate // the publisher's metadata signing certificates
	EntityID string              // the IdP in an EntitiesDescriptor; the only one by default
	Every    time.Duration       // DefaultRefreshEvery by default
	Client   *http.Client        // one with a 30-second timeout by default
	Clock    Clock               // for the metadata's validUntil; the wall clock by default
}

// DefaultRefreshEvery is how often Run fetches the metadata.
const DefaultRefreshEvery = 6 * time.Hour

// maxMetadata bounds a fetched metadata file; a federation's aggregate
// with many entities fits.
const maxMetadata = 64 << 20

// Fetch gets, verifies and reads the metadata once. It refuses a copy that
// is unsigned, signed by another key, changed after signing, without the
// chosen IdP, or past its validUntil.
func (f Refresh) Fetch(ctx context.Context) (*saml.EntityDescriptor, error) {
	raw, err := f.get(ctx)
	if err != nil {
		return nil, err
	}
	signed, err := saml.VerifyMetadataSignature(raw, f.Certs)
	if err != nil {
		return nil, fmt.Errorf("suomifi: metadata from %s: %w", f.URL, err)
	}
	idp, err := ParseIdPMetadata(signed, f.EntityID)
	if err != nil {
		return nil, err
	}
	now := cmp.Or[Clock](f.Clock, wallClock{}).Now()
	if !idp.ValidUntil.IsZero() && !now.Before(idp.ValidUntil) {
		return nil, fmt.Errorf("suomifi: metadata from %s expired at %s", f.URL, idp.ValidUntil.Format(time.RFC3339))
	}
	if _, err := signingCerts(idp); err != nil {
		return nil, err
	}
	return idp, nil
}

func (f Refresh) get(ctx context.Context) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, f.URL, nil)
	if err != nil {
		return nil, fmt.Errorf("suomifi: metadata URL: %w", err)
	}
	client := f.Client
	if client == nil {
		client = &http.Client{Timeout: 30 * time.Second}
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("suomifi: metadata: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("suomifi: metadata from %s: %s", f.URL, resp.Status)
	}
	raw, err := io.ReadAll(io.LimitReader(resp.Body, maxMetadata+1))
	if err != nil || len(raw) > maxMetadata {
		return nil, fmt.Errorf("suomifi: metadata from %s unreadable or over %d bytes: %v", f.URL, maxMetadata, err)
	}
	return raw, nil
}

// Run fetches the metadata at once and then every f.Every until ctx ends,
// and puts each good copy in sp. A bad copy changes nothing: sp keeps the last good metadata.
// report, if not nil, hears each outcome: nil, or why the copy was refused.
func (f Refresh) Run(ctx context.Context, sp *SP, report func(error)) {
	tick := time.NewTicker(cmp.Or(f.Every, DefaultRefreshEvery))
	defer tick.Stop()
	for {
		err := f.refresh(ctx, sp)
		if report != nil && ctx.Err() == nil {
			report(err)
		}
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}

func (f Refresh) refresh(ctx context.Context, sp *SP) error {
	idp, err := f.Fetch(ctx)
	if err != nil {
		return err
	}
	return sp.SetIdP(idp)
}

// ParseCertificates reads PEM certificates, as a federation publishes its
// metadata signing certificate.
func ParseCertificates(pemData []byte) ([]*x509.Certificate, error) {
	var out []*x509.Certificate
	for block, rest := pem.Decode(pemData); block != nil; block, rest = pem.Decode(rest) {
		if block.Type != "CERTIFICATE" {
			continue
		}
		c, err := x509.ParseCertificate(block.Bytes)
		if err != nil {
			return nil, fmt.Errorf("suomifi: metadata signing certificate: %w", err)
		}
		out = append(out, c)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("suomifi: no PEM certificate found")
	}
	return out, nil
}
