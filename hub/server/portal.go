package server

import (
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"vuoro/hub/portal"
	"vuoro/hub/portal/suomifi"
	"vuoro/hub/portal/testidp"
	"vuoro/hub/store"
)

// PortalOptions configure the citizens' voucher portal.
type PortalOptions struct {
	// IdPMetadata is the path of Suomi.fi e-Identification's metadata: an
	// EntityDescriptor, or an EntitiesDescriptor from which IdPEntityID (by
	// default the only IdP in it) is taken. Without it or IdPMetadataURL, a
	// demo hub runs the built-in test identity provider and any other hub
	// serves no portal.
	IdPMetadata string
	IdPEntityID string
	// IdPMetadataURL, if set, is fetched at start and every
	// IdPMetadataRefresh, its XML signature checked against the PEM
	// certificate file IdPMetadataCert; a bad copy keeps the last good one.
	IdPMetadataURL, IdPMetadataCert string
	IdPMetadataRefresh              time.Duration
	// SigningCert, SigningKey, EncryptionCert, EncryptionKey are the PEM
	// files of the service provider's SAML keys, registered with Suomi.fi.
	SigningCert, SigningKey       string
	EncryptionCert, EncryptionKey string
	MinLoA                        int // 2 or 3
	// Organization is a JSON file naming the service for the SAML metadata
	// (suomifi.Organization: names in fi/sv/en, url, technical contact).
	Organization string
	Mandates     MandatesOptions
}

// demoOrganization names the demo portal in its metadata.
var demoOrganization = suomifi.Organization{
	Names:        map[string]string{"fi": "Lahden kaupunki (demo)", "sv": "Lahtis stad (demo)", "en": "City of Lahti (demo)"},
	URL:          "https://www.lahti.fi",
	Technical:    suomifi.Contact{Company: "Vuoro", GivenName: "Demo", SurName: "Tuki", Email: "tuki@vuoro.invalid"},
	ServiceNames: map[string]string{"fi": "Palveluseteli (demo)", "sv": "Servicesedel (demo)", "en": "Service voucher (demo)"},
	Descriptions: map[string]string{"fi": "Palvelusetelit ja ostopalvelut", "sv": "Servicesedlar och köptjänster",
		"en": "Service vouchers and purchased services"},
}

func organization(o PortalOptions, demo bool) (*suomifi.Organization, error) {
	if o.Organization == "" {
		if demo {
			return &demoOrganization, nil
		}
		return nil, nil
	}
	b, err := os.ReadFile(o.Organization)
	if err != nil {
		return nil, fmt.Errorf("server: %w", err)
	}
	var org suomifi.Organization
	if err := json.Unmarshal(b, &org); err != nil {
		return nil, fmt.Errorf("server: %s: %w", o.Organization, err)
	}
	return &org, nil
}

// startPortal opens the portal's own data file (vouchers and the personal
// data they carry stay out of the queue's log) and mounts the portal, and in
// a demo the test IdP, on mux.
func (h *Hub) startPortal(mux *http.ServeMux, base string) error {
	o := h.opts.Portal
	if o.IdPMetadata == "" && o.IdPMetadataURL == "" && !h.opts.Demo {
		h.opts.Logger.Info("voucher portal off: no identity provider (give -idp-metadata, or -demo for the test IdP)")
		return nil
	}
	pst, err := store.Open(filepath.Join(h.opts.DataDir, "portal.db"))
	if err != nil {
		return err
	}
	h.portalStore = pst
	po := portal.Options{Log: pst, Credentials: pst, Sessions: pst, Clock: h.opts.Clock, Logger: h.opts.Logger.With("part", "portal"),
		BaseURL: base + "/portal", MinLoA: o.MinLoA, SecureCookies: h.opts.SecureCookies,
		TrustedProxies: h.opts.TrustedProxies}
	if po.Organization, err = organization(o, h.opts.Demo); err != nil {
		return err
	}
	var idp *testidp.IdP
	if o.IdPMetadata != "" || o.IdPMetadataURL != "" {
		if err := loadSuomiFi(&po, o); err != nil {
			return err
		}
	} else if idp, err = testidp.New(testidp.Options{BaseURL: base + "/testidp"}); err != nil {
		return fmt.Errorf("server: test IdP: %w", err)
	} else {
		po.IdPMetadata = idp.Metadata()
	}
	if err := h.startMandates(&po, mux, base); err != nil {
		return err
	}
	p, err := portal.New(po)
	if err != nil {
		return err
	}
	h.portal = p
	logStart(h.opts.Logger, "voucher", p.Engine().Started())
	p.Engine().OnCommit(h.commits.observe("voucher"))
	mux.Handle("/portal/", p)
	if idp != nil {
		if err := trust(idp, p); err != nil {
			return err
		}
		mux.Handle("/testidp/", idp)
	}
	return h.seedPortal(p, base)
}

func trust(idp *testidp.IdP, p *portal.Portal) error {
	md, err := p.Metadata()
	if err == nil {
		err = idp.Trust(md)
	}
	if err != nil {
		return fmt.Errorf("server: test IdP: %w", err)
	}
	return nil
}

func loadSuomiFi(po *portal.Options, o PortalOptions) error {
	md, err := idpMetadata(o)
	if err != nil {
		return err
	}
	sig, err := suomifi.LoadKeyPair(o.SigningCert, o.SigningKey)
	if err != nil {
		return err
	}
	enc, err := suomifi.LoadKeyPair(o.EncryptionCert, o.EncryptionKey)
	if err != nil {
		return err
	}
	po.IdPMetadata, po.IdPEntityID, po.Signing, po.Encryption = md, o.IdPEntityID, &sig, &enc
	return nil
}

func (h *Hub) seedPortal(p *portal.Portal, base string) error {
	if !h.opts.Demo {
		return nil
	}
	d, err := portal.Seed(p)
	if err != nil {
		return err
	}
	h.opts.Logger.Info("voucher portal", "url", base+"/portal/", "demo_logins", d.Logins, "seeded", d.Seeded)
	return nil
}
