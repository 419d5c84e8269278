// Command hub runs a Vuoro hub: the queue engine, the embedded MQTT broker
// the site's devices sync with, and the clerks' web console.
package main

import (
	"flag"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"
	_ "time/tzdata" // the site's time zone, even on a board without tzdata

	"vuoro/hub/demo"
	"vuoro/hub/portal/suomifi"
	"vuoro/hub/server"
	"vuoro/hub/webkit"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "hub:", err)
		os.Exit(1)
	}
}

func run() error {
	var o server.Options
	flag.StringVar(&o.DataDir, "data", "data", "directory of the hub's data file")
	flag.StringVar(&o.HTTPAddr, "http", "127.0.0.1:8080", "address of the web console")
	flag.StringVar(&o.MQTTAddr, "mqtt", "", "address of the embedded MQTT broker (127.0.0.1:1883, or 127.0.0.1:8883 with -tls)")
	flag.BoolVar(&o.TLS, "tls", false, "serve MQTT over TLS only, with a CA the hub makes once in -data/tls; devices get it at enrolment")
	tlsHosts := flag.String("tls-hosts", "", "with -tls: the names and addresses devices reach the broker at, comma-separated (the -mqtt host, this machine's name and localhost by default)")
	flag.StringVar(&o.MQTTPlainAddr, "mqtt-plain", "", "with -tls: also serve plain MQTT at this address (off by default)")
	flag.StringVar(&o.MQTTExternal, "mqtt-external", "", "URL of an external MQTT broker to use instead of the embedded one (tcp://host:1883)")
	flag.StringVar(&o.MQTTUser, "mqtt-user", "", "the hub's account at the external broker (password in VUORO_MQTT_PASSWORD): Mosquitto's dynamic-security admin")
	flag.BoolVar(&o.MQTTUnmanaged, "mqtt-unmanaged", false, "leave the external broker's accounts and ACLs to its operator instead of managing them through Mosquitto's dynamic-security plugin")
	o.MQTTPassword = os.Getenv("VUORO_MQTT_PASSWORD")
	flag.StringVar(&o.Site, "site", "", "site id in MQTT topics; the site file's, or lahti")
	flag.StringVar(&o.DemoDevices, "demo-devices", "", "with -demo: a folder where the demo's kiosk-1, queue-display-1 and counter-display-6 get their credentials files")
	flag.BoolVar(&o.Demo, "demo", false, "seed the demo site (Lahden virastotalo) and voucher portal, with the test identity provider")
	flag.BoolVar(&o.Init, "init", false, "create a new, empty site when there is no data file (without it a missing data file stops the hub)")
	flag.StringVar(&o.SiteFile, "site-file", "", "site file (TOML) the hub is brought to at every start: site, agencies, services, rooms")
	o.FirstAdmin = server.Admin{Login: os.Getenv("VUORO_ADMIN_LOGIN"), Password: os.Getenv("VUORO_ADMIN_PASSWORD")}
	flag.BoolVar(&o.SecureCookies, "secure-cookies", false, "mark session cookies Secure (set whenever browsers reach the hub over HTTPS)")
	flag.StringVar(&o.PublicURL, "public-url", "", "URL browsers reach the hub at (https://…); the -http address by default")
	flag.StringVar(&o.Portal.IdPMetadata, "idp-metadata", "", "Suomi.fi e-Identification metadata file, an EntityDescriptor or an EntitiesDescriptor; enables the voucher portal")
	flag.StringVar(&o.Portal.IdPEntityID, "idp-entity-id", "", "entity ID of the identity provider in an EntitiesDescriptor (the only one in it by default)")
	flag.StringVar(&o.Portal.IdPMetadataURL, "idp-metadata-url", "", "URL to refresh the identity provider's metadata from, signed; at start and every -idp-metadata-refresh (a bad copy keeps the last good one)")
	flag.StringVar(&o.Portal.IdPMetadataCert, "idp-metadata-cert", "", "PEM certificate the signature of -idp-metadata-url's metadata is checked with")
	flag.DurationVar(&o.Portal.IdPMetadataRefresh, "idp-metadata-refresh", suomifi.DefaultRefreshEvery, "how often -idp-metadata-url is fetched")
	flag.StringVar(&o.Portal.SigningCert, "saml-signing-cert", "", "PEM certificate of the portal's SAML signing key")
	flag.StringVar(&o.Portal.SigningKey, "saml-signing-key", "", "PEM file of the portal's SAML signing key")
	flag.StringVar(&o.Portal.EncryptionCert, "saml-encryption-cert", "", "PEM certificate of the portal's SAML encryption key")
	flag.StringVar(&o.Portal.EncryptionKey, "saml-encryption-key", "", "PEM file of the portal's SAML encryption key")
	flag.StringVar(&o.Portal.Organization, "saml-organization", "", "JSON file naming the service in the SAML metadata (names fi/sv/en, url, technical contact)")
	flag.StringVar(&o.Portal.Mandates.URL, "mandates-url", "", "Suomi.fi Mandates (valtuudet) API, e.g. https://asiointivaltuustarkistus.suomi.fi; lets citizens act for a person who authorised them (a -demo hub runs a test service)")
	flag.StringVar(&o.Portal.Mandates.ClientID, "mandates-client-id", "", "the portal's client id at Suomi.fi Mandates")
	flag.StringVar(&o.Portal.Mandates.SecretFile, "mandates-secret-file", "", "file with the Suomi.fi Mandates checksum secret on its first line and the OAuth secret on its second")
	flag.StringVar(&o.Portal.Mandates.Issue, "mandates-issue", "", "the issue code (asiointiasia) whose mandate lets a citizen see another person's vouchers")
	flag.IntVar(&o.Portal.MinLoA, "min-loa", 2, "lowest level of assurance accepted: 2 (substantial) or 3 (high)")
	proxies := flag.String("trusted-proxy", "", "reverse proxies in front of the hub (addresses or networks, comma-separated) whose X-Forwarded-For names the client")
	check := flag.Bool("check", false, "verify the data files in -data (every page and every event) and exit; stop the hub first")
	compact := flag.Bool("compact", false, "build the event log's indexes where missing and compact the data files in -data, then exit; stop the hub first")
	flag.Parse()
	if *check {
		return checkData(o.DataDir)
	}
	if *compact {
		return compactData(o.DataDir)
	}
	if o.MQTTAddr == "" {
		o.MQTTAddr = "127.0.0.1:1883"
		if o.TLS {
			o.MQTTAddr = "127.0.0.1:8883"
		}
	}
	o.TLSHosts = splitList(*tlsHosts)
	var err error
	if o.TrustedProxies, err = webkit.ParseProxies(*proxies); err != nil {
		return fmt.Errorf("-trusted-proxy: %w", err)
	}
	o.Logger = slog.New(slog.NewTextHandler(os.Stderr, nil))
	h, err := server.Start(o)
	if err != nil {
		return err
	}
	o.Logger.Info("hub running", "console", "http://"+h.HTTPAddr()+"/", "mqtt", mqttURL(o.TLS, h.MQTTAddr()), "site", o.Site)
	if o.Demo {
		for _, u := range demo.Users {
			o.Logger.Info("demo login", "user", u.Login, "password", demo.Password, "role", u.Role)
		}
	}
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, os.Interrupt, syscall.SIGTERM)
	<-stop
	o.Logger.Info("hub stopping")
	return closeWithin(h.Close, stopWithin, stop)
}

// mqttURL is the broker URL devices are given.
func mqttURL(tls bool, addr string) string {
	if tls {
		return "ssl://" + addr
	}
	return "tcp://" + addr
}

// splitList splits a comma-separated flag, dropping empty items.
func splitList(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}
