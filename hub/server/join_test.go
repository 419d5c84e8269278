package server_test

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"vuoro/shared/wire"
)

// The hub's heartbeat carries the join address the queue displays show as
// a QR code, and a phone that opens it is let in to choose a queue.
func TestHeartbeatCarriesAJoinAddressTheHubTakes(t *testing.T) {
	h := start(t, true)
	joins := make(chan string, 4)
	err := h.Bus().Subscribe(wire.Topic{Kind: wire.KindHeartbeat, Site: "lahti"}.String(), func(_ string, payload []byte) {
		if hb, err := wire.Decode[wire.Heartbeat](payload); err == nil && hb.Join != "" {
			select {
			case joins <- hb.Join:
			default:
			}
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	var join string
	select {
	case join = <-joins:
	case <-time.After(10 * time.Second):
		t.Fatal("no heartbeat with a join address")
	}
	if want := "http://" + h.HTTPAddr() + "/join/"; !strings.HasPrefix(join, want) {
		t.Fatalf("join address %q, want under %s", join, want)
	}
	noRedirect := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := noRedirect.Get(join)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if loc := resp.Header.Get("Location"); resp.StatusCode != http.StatusSeeOther && resp.StatusCode != http.StatusFound || !strings.Contains(loc, "/join/p/") {
		t.Fatalf("opening the join address: %d to %q, want the queue choice", resp.StatusCode, loc)
	}
}
