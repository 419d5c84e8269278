package server

import (
	"crypto/rand"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"strings"

	"vuoro/hub/portal"
	"vuoro/hub/portal/mandates"
	"vuoro/hub/portal/mandatetest"
)

// MandatesOptions configure the client of Suomi.fi Mandates (valtuudet),
// through which a citizen acts for a person who authorised them.
type MandatesOptions struct {
	URL      string // "https://asiointivaltuustarkistus.suomi.fi"; empty: off (a demo runs a test service)
	ClientID string
	// SecretFile holds the two secrets Suomi.fi gave: the checksum secret
	// on its first line, the OAuth client secret on its second.
	SecretFile string
	Issue      string // the issue code (asiointiasia) the municipality's vouchers are a matter of
}

// demoIssue is the demo's issue code.
const demoIssue = "palveluseteli"

// startMandates sets the portal's Suomi.fi Mandates client; in a demo
// without one it mounts the test service, where Aili Testilä has
// authorised Matti Koekäyttäjä for the demo's vouchers.
func (h *Hub) startMandates(po *portal.Options, mux *http.ServeMux, base string) error {
	o := h.opts.Portal.Mandates
	if o.URL == "" && !h.opts.Demo {
		return nil
	}
	cfg := mandates.Config{BaseURL: o.URL, ClientID: o.ClientID, Issue: o.Issue}
	if o.URL == "" {
		cfg = demoMandates(mux, base)
	} else if err := readSecrets(&cfg, o.SecretFile); err != nil {
		return err
	}
	c, err := mandates.New(cfg)
	if err != nil {
		return err
	}
	u, _ := url.Parse(cfg.BaseURL)
	po.Mandates, po.MandatesOrigin = c, u.Scheme+"://"+u.Host
	h.opts.Logger.Info("voucher portal: Suomi.fi Mandates", "url", cfg.BaseURL, "issue", cfg.Issue)
	return nil
}

func readSecrets(cfg *mandates.Config, path string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("server: Suomi.fi Mandates secrets: %w", err)
	}
	lines := strings.Fields(string(b))
	if len(lines) != 2 {
		return fmt.Errorf("server: %s: want the checksum secret and the OAuth secret, one a line", path)
	}
	cfg.Secret, cfg.OAuthSecret = lines[0], lines[1]
	return nil
}

func demoMandates(mux *http.ServeMux, base string) mandates.Config {
	cfg := mandates.Config{BaseURL: base + "/testvaltuudet", ClientID: "vuoro-demo", Secret: rand.Text(), OAuthSecret: rand.Text(), Issue: demoIssue}
	srv := mandatetest.New(mandatetest.Options{ClientID: cfg.ClientID, Secret: cfg.Secret, OAuthSecret: cfg.OAuthSecret,
		Mandates: []mandatetest.Mandate{{Delegate: "150575-9612", Principal: "230148-923T", PrincipalName: "Aili Testilä", Issues: []string{demoIssue}}}})
	mux.Handle("/testvaltuudet/", http.StripPrefix("/testvaltuudet", srv))
	return cfg
}
