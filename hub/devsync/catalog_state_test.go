package devsync_test

import (
	"testing"
	"time"

	mqtt "github.com/eclipse/paho.mqtt.golang"

	"vuoro/shared/wire"
)

// The catalog tells kiosks each service's state before a tap, filled in
// from the engine: a paused service is sent as paused, and open again
// when resumed.
func TestCatalogCarriesServiceState(t *testing.T) {
	eng, _, url := hub(t)
	cats := make(chan *wire.Catalog, 20)
	subscribeAs(t, url, wire.Topic{Kind: wire.KindCatalog, Site: "lahti"}, func(_ mqtt.Client, m mqtt.Message) {
		if c, err := wire.Decode[wire.Catalog](m.Payload()); err == nil {
			cats <- c
		}
	})
	stateOf := func(c *wire.Catalog) wire.Service {
		for _, a := range c.Agencies {
			for _, s := range a.Services {
				if s.ID == "vero-veroasiat" {
					return s
				}
			}
		}
		return wire.Service{}
	}
	waitState := func(want string) {
		t.Helper()
		deadline := time.After(5 * time.Second)
		for {
			select {
			case c := <-cats:
				if err := c.Validate(); err != nil {
					t.Fatalf("catalog fails its own validation: %v", err)
				}
				if stateOf(c).State == want {
					return
				}
			case <-deadline:
				t.Fatalf("no catalog with vero-veroasiat %s", want)
			}
		}
	}
	waitState(wire.ServiceOpen)
	if err := eng.Pause("admin:test", "vero-veroasiat", true); err != nil {
		t.Fatal(err)
	}
	waitState(wire.ServicePaused)
	if err := eng.Pause("admin:test", "vero-veroasiat", false); err != nil {
		t.Fatal(err)
	}
	waitState(wire.ServiceOpen)
}
