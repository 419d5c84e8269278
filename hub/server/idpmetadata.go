package server

import (
	"context"
	"encoding/xml"
	"fmt"
	"os"

	"vuoro/hub/portal/suomifi"
)

// idpMetadata is the IdP's metadata the portal starts with: the
// -idp-metadata file, or else a verified copy fetched from -idp-metadata-url.
func idpMetadata(o PortalOptions) ([]byte, error) {
	if o.IdPMetadataURL != "" {
		if _, err := metadataRefresh(o); err != nil {
			return nil, err
		}
	}
	if o.IdPMetadata != "" {
		md, err := os.ReadFile(o.IdPMetadata)
		if err != nil {
			return nil, fmt.Errorf("server: %w", err)
		}
		return md, nil
	}
	f, err := metadataRefresh(o)
	if err != nil {
		return nil, err
	}
	ed, err := f.Fetch(context.Background())
	if err != nil {
		return nil, err
	}
	return xml.Marshal(ed)
}

// metadataRefresh is the refresh of the IdP's metadata the options ask for.
func metadataRefresh(o PortalOptions) (suomifi.Refresh, error) {
	if o.IdPMetadataCert == "" {
		return suomifi.Refresh{}, fmt.Errorf("server: -idp-metadata-url needs -idp-metadata-cert, the certificate its signature is checked with")
	}
	pemData, err := os.ReadFile(o.IdPMetadataCert)
	if err != nil {
		return suomifi.Refresh{}, fmt.Errorf("server: %w", err)
	}
	certs, err := suomifi.ParseCertificates(pemData)
	if err != nil {
		return suomifi.Refresh{}, err
	}
	return suomifi.Refresh{URL: o.IdPMetadataURL, Certs: certs, EntityID: o.IdPEntityID, Every: o.IdPMetadataRefresh}, nil
}

// startMetadataRefresh refreshes the portal's IdP metadata from
// -idp-metadata-url until ctx ends, logging each refusal; Close waits.
// idpMetadata has checked the options at start.
func (h *Hub) startMetadataRefresh(ctx context.Context) {
	o := h.opts.Portal
	if h.portal == nil || o.IdPMetadataURL == "" {
		return
	}
	f, err := metadataRefresh(o)
	if err != nil {
		h.opts.Logger.Error("identity provider metadata refresh off", "err", err)
		return
	}
	log := h.opts.Logger.With("part", "portal", "url", o.IdPMetadataURL)
	h.wg.Add(1)
	go func() {
		defer h.wg.Done()
		f.Run(ctx, h.portal.SAML(), func(err error) {
			if err != nil {
				log.Warn("identity provider metadata not refreshed; the last good copy stays in use", "err", err)
				return
			}
			log.Info("identity provider metadata refreshed", "idp", h.portal.SAML().IdPEntityID())
		})
	}()
}
