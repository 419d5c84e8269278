package wire

import (
	"errors"
	"testing"
)

func TestCatalogServiceStateValidation(t *testing.T) {
	cases := []struct {
		name string
		svc  Service
		ok   bool
	}{
		{"no state, from an older hub", Service{}, true},
		{"open", Service{State: ServiceOpen}, true},
		{"closed until", Service{State: ServiceClosed, OpensAt: "12:00"}, true},
		{"closed for the day", Service{State: ServiceClosed}, true},
		{"paused", Service{State: ServicePaused}, true},
		{"full", Service{State: ServiceFull}, true},
		{"unknown state", Service{State: "busy"}, false},
		{"opening time on an open service", Service{State: ServiceOpen, OpensAt: "12:00"}, false},
		{"opening time not a clock", Service{State: ServiceClosed, OpensAt: "25:00"}, false},
	}
	for _, c := range cases {
		c.svc.ID, c.svc.Letter = "vero-veroasiat", "R"
		cat := Catalog{Site: Site{ID: "lahti"}, Agencies: []Agency{{ID: "vero", Services: []Service{c.svc}}}}
		err := cat.Validate()
		if (err == nil) != c.ok || err != nil && !errors.Is(err, ErrInvalid) {
			t.Errorf("%s: %v", c.name, err)
		}
	}
}
