package devlink

import (
	"crypto/tls"
	"fmt"
	"net/url"

	mqtt "github.com/eclipse/paho.mqtt.golang"

	"vuoro/shared/devcred"
)

// tlsSchemes are the broker URL schemes paho speaks TLS on.
var tlsSchemes = map[string]bool{"ssl": true, "tls": true, "mqtts": true, "tcps": true}

// withTLS makes co trust only o.CA, the hub's CA. A CA with a plain
// broker URL is refused: the device would send its password unencrypted
// to a hub that does not speak plain MQTT.
func withTLS(co *mqtt.ClientOptions, o Options) error {
	u, err := url.Parse(o.Broker)
	if err != nil {
		return fmt.Errorf("devlink: broker %q: %w", o.Broker, err)
	}
	if o.CA == "" {
		return nil
	}
	if !tlsSchemes[u.Scheme] {
		return fmt.Errorf("devlink: the credentials carry the hub's CA, so the broker URL must be ssl://host:port, not %q", o.Broker)
	}
	pool, err := devcred.CAPool(o.CA)
	if err != nil {
		return fmt.Errorf("devlink: %w", err)
	}
	co.SetTLSConfig(&tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12})
	return nil
}
