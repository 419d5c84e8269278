package e2e

import (
	"strings"
	"testing"
	"time"

	"vuoro/drivers/escpos/escpostest"
	"vuoro/hub/queue"
	"vuoro/shared/wire"
)

// A printed ticket's QR code is the hub's follow link of the visit, and
// the ticket states the estimated wait once the hub knows one.
func TestPrintedTicketLinksToItsFollowPage(t *testing.T) {
	h := startHub(t, t.TempDir(), "")
	defer h.Close()
	k := newKiosk(t, h)
	if st := k.checkIn(t, "vero", "vero-veroasiat"); st.Number != "R1" {
		t.Fatalf("kiosk shows %q %q, want R1", st.Number, st.Error)
	}
	rs := k.printer.Receipts()
	if len(rs) != 1 {
		t.Fatalf("printed %d receipts, want 1", len(rs))
	}
	link := qrData(rs[0])
	token, ok := strings.CutPrefix(link, "http://"+h.HTTPAddr()+wire.FollowPrefix)
	if !ok {
		t.Fatalf("the ticket's QR code holds %q, want the hub's follow link:\n%s", link, rs[0].Text())
	}
	v, err := h.Engine().Follow(token)
	if err != nil || v.CallID != "R1" || v.Status != queue.Waiting {
		t.Fatalf("the link's visit: %+v, %v; want R1 waiting", v, err)
	}
	if strings.Contains(rs[0].Text(), "odotusaika") {
		t.Errorf("a first ticket of a queue nobody has served states an estimate:\n%s", rs[0].Text())
	}
}

// qrData is what the receipt's QR code holds, or "".
func qrData(r escpostest.Receipt) string {
	for _, l := range r.Lines {
		if l.QR != nil {
			return l.QR.Data
		}
	}
	return ""
}

// The benchmark's tap (BenchmarkTapToTicketLoaded) prints a ticket, and
// its time ends when the bytes are written.
func TestTapWritesTheTicketToTheTransport(t *testing.T) {
	h := startHub(t, t.TempDir(), "")
	defer h.Close()
	k, out := benchKiosk(t, h)
	for range 3 {
		if d := tap(t, k, out); d <= 0 || d > 30*time.Second {
			t.Fatalf("tap → ticket took %v", d)
		}
	}
}
