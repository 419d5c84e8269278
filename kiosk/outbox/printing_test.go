package outbox_test

import (
	"path/filepath"
	"testing"

	"vuoro/kiosk/outbox"
	"vuoro/shared/wire"
)

// The last catalog survives a restart of the kiosk, so a kiosk restarted
// while the hub is down serves from it.
func TestCatalogKeptAcrossAReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "outbox.db")
	o := open(t, path)
	if c, err := o.Catalog(); c != nil || err != nil {
		t.Fatalf("a new outbox has catalog %v %v", c, err)
	}
	c := &wire.Catalog{Header: wire.NewHeader(at), Site: wire.Site{ID: "lahti", Name: "Lahti", TimeZone: "Europe/Helsinki", NumberOnlyCheckin: true},
		Agencies: []wire.Agency{{ID: "vero", Names: wire.Names{"fi": "Verohallinto"},
			Services: []wire.Service{{ID: "veroasiat", Letter: "R", Open: true, Names: wire.Names{"fi": "Veroasiat"}}}}}}
	must(t, o.SetCatalog(c))
	must(t, o.Close())

	o = open(t, path)
	defer o.Close()
	got, err := o.Catalog()
	must(t, err)
	if got == nil || got.Site.ID != "lahti" || !got.Site.NumberOnlyCheckin || len(got.Agencies) != 1 || got.Agencies[0].Services[0].Letter != "R" {
		t.Fatalf("catalog after a reopen %+v", got)
	}
}

// A print a restart cut short is found at the next open, online or
// offline; settling an offline one takes it out of delivery for good and
// never gives its number again.
func TestUnfinishedPrintFoundAtReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "outbox.db")
	o := open(t, path)
	must(t, o.SetBlocks([]wire.Block{{Service: "veroasiat", Letter: "R", Day: "2026-11-23", First: 901, Last: 902}}))
	online := wire.Ticket{CallID: "R5", Service: "veroasiat", Issued: at, Request: "online-1"}
	must(t, o.Printing(online))
	done := wire.Ticket{CallID: "R6", Service: "veroasiat", Issued: at, Request: "online-2"}
	must(t, o.Printing(done))
	must(t, o.Done(done))
	off, err := o.Take(ticket("offline-1", "2026-11-23")) // the kiosk stops before the printer answers
	must(t, err)
	must(t, o.Close())

	o = open(t, path)
	defer o.Close()
	u, err := o.Unfinished()
	must(t, err)
	byReq := map[string]outbox.Unfinished{}
	for _, x := range u {
		byReq[x.Request] = x
	}
	if len(u) != 2 || byReq["online-1"].CallID != "R5" || byReq["online-1"].Offline ||
		byReq["offline-1"].CallID != off.CallID || !byReq["offline-1"].Offline {
		t.Fatalf("unfinished after a reopen %+v, want R5 online and %s offline", u, off.CallID)
	}
	for _, x := range u {
		must(t, o.Drop(x))
	}
	if u, _ := o.Unfinished(); len(u) != 0 {
		t.Fatalf("unfinished after settling %+v", u)
	}
	if p, _ := o.Pending(); len(p) != 0 {
		t.Fatalf("a dropped offline ticket is still to deliver: %+v", p)
	}
	next, err := o.Take(ticket("offline-2", "2026-11-23"))
	must(t, err)
	if next.CallID == off.CallID {
		t.Fatalf("the dropped number %s was given again", off.CallID)
	}
}
