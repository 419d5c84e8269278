package main

import (
	"os"
	"testing"

	"vuoro/shared/wire"
)

// The demo catalog in testdata is what a developer publishes to run the
// kiosk without a hub (see the package doc); it must stay valid.
func TestDemoCatalog(t *testing.T) {
	b, err := os.ReadFile("testdata/catalog.json")
	if err != nil {
		t.Fatal(err)
	}
	c, err := wire.Decode[wire.Catalog](b)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Agencies) != 6 {
		t.Errorf("%d agencies, want the six of the brief", len(c.Agencies))
	}
}
