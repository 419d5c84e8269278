package server

import (
	"net"
	"os"
	"path/filepath"
	"slices"

	"vuoro/hub/broker"
	"vuoro/hub/tlsca"
)

// withTLS gives the embedded broker its TLS listener when the hub runs
// with -tls: the CA in DataDir/tls, made at the first such start and kept,
// and a server certificate for the hub's names.
func (h *Hub) withTLS(bo *broker.Options) error {
	o := h.opts
	if !o.TLS {
		return nil
	}
	ca, err := tlsca.Open(filepath.Join(o.DataDir, "tls"), tlsHosts(o), o.Clock.Now())
	if err != nil {
		return err
	}
	h.ca = ca
	bo.TLS, bo.PlainAddr = ca.ServerConfig(), o.MQTTPlainAddr
	o.Logger.Info("MQTT over TLS", "ca_sha256", ca.Fingerprint(), "hosts", tlsHosts(o), "plain", o.MQTTPlainAddr)
	return nil
}

// tlsHosts are the names the broker's certificate holds: the ones given,
// or the -mqtt address's host, this machine's name and the loopback ones.
func tlsHosts(o Options) []string {
	if len(o.TLSHosts) > 0 {
		return o.TLSHosts
	}
	hosts := []string{"localhost", "127.0.0.1", "::1"}
	if name, err := os.Hostname(); err == nil && name != "" {
		hosts = append(hosts, name)
	}
	if host, _, err := net.SplitHostPort(o.MQTTAddr); err == nil {
		if ip := net.ParseIP(host); host != "" && (ip == nil || !ip.IsUnspecified()) {
			hosts = append(hosts, host)
		}
	}
	slices.Sort(hosts)
	return slices.Compact(hosts)
}

// caPEM is the broker's CA certificate, or "" on plain MQTT.
func (h *Hub) caPEM() string {
	if h.ca == nil {
		return ""
	}
	return h.ca.CertPEM()
}

// CAFingerprint is the SHA-256 fingerprint (hex) of the broker's CA,
// the devices' pin, or "" on plain MQTT.
func (h *Hub) CAFingerprint() string {
	if h.ca == nil {
		return ""
	}
	return h.ca.Fingerprint()
}
