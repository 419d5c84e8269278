package main

import (
	"log/slog"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"vuoro/kiosk/outbox"
	"vuoro/shared/wire"
)

type cancels []string

func (c *cancels) CancelRequest(request string) { *c = append(*c, request) }

// At start the kiosk takes back the numbers of prints a restart cut short:
// an online one cancelled at the hub by its request id, an offline one
// never delivered; without a cancel the online one is kept and logged.
func TestSettlePrintsAtStart(t *testing.T) {
	box, err := outbox.Open(filepath.Join(t.TempDir(), "outbox.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer box.Close()
	day := time.Now().Format(time.DateOnly)
	if err := box.SetBlocks([]wire.Block{{Service: "vero-veroasiat", Letter: "R", Day: day, First: 901, Last: 905}}); err != nil {
		t.Fatal(err)
	}
	if err := box.Printing(wire.Ticket{CallID: "R5", Service: "vero-veroasiat", Request: "req-5"}); err != nil {
		t.Fatal(err)
	}
	if _, err := (outbox.Issuer{Box: box, Device: "kiosk-1"}).IssueOffline("vero-veroasiat", "fi", ""); err != nil {
		t.Fatal(err)
	}
	var buf syncBuffer
	log := slog.New(slog.NewTextHandler(&buf, nil))
	if err := settlePrints(box, nil, log); err != nil {
		t.Fatal(err)
	}
	if u, _ := box.Unfinished(); len(u) != 1 || u[0].Request != "req-5" {
		t.Fatalf("without a cancel: unfinished %+v, want the online R5 kept", u)
	}
	if p, _ := box.Pending(); len(p) != 0 {
		t.Fatalf("the cut-short offline ticket is still to be delivered: %+v", p)
	}
	var c cancels
	if err := settlePrints(box, &c, log); err != nil {
		t.Fatal(err)
	}
	if u, _ := box.Unfinished(); len(u) != 0 || !slices.Equal(c, []string{"req-5"}) {
		t.Fatalf("with a cancel: unfinished %+v, cancelled %v", u, c)
	}
	for _, want := range []string{"call_id=R901", "call_id=R5", "cannot cancel it"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("the log lacks %q:\n%s", want, buf.String())
		}
	}
}
