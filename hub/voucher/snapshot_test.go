package voucher_test

import (
	"bytes"
	"errors"
	"path/filepath"
	"testing"

	"vuoro/hub/event"
	"vuoro/hub/store"
	"vuoro/hub/voucher"
)

// plainLog is the store seen as a plain log: no snapshots.
type plainLog struct{ event.Log }

func TestSnapshotAtCloseEqualsFullReplay(t *testing.T) {
	st, err := store.Open(filepath.Join(t.TempDir(), "portal.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	e, err := voucher.Open(st, clock{day})
	if err != nil {
		t.Fatal(err)
	}
	must := func(_ any, err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(nil, errors.Join(e.AddStaff("t", staff), e.AddProvider("t", prov)))
	v, err := e.Grant(staff, voucher.Grant{Citizen: voucher.Person{HETU: "010280-952L", Name: "Sanna"}, Service: "siivous",
		Value: 10000, ValidFrom: day, ValidUntil: day.AddDate(0, 1, 0)})
	must(v, err)
	must(e.Open("p1", v.Number, v.Check))
	must(e.Record("p1", "p1", v.ID, voucher.Entry{Date: day, Description: "Siivous 2 h", Amount: 6000}))
	var live []byte
	e.Read(func(s *voucher.State) { live = voucher.Snapshot(s) })
	must(nil, e.Close())

	for name, log := range map[string]event.Log{"snapshot": st, "full replay": plainLog{st}} {
		re, err := voucher.Open(log, clock{day})
		must(re, err)
		var got []byte
		re.Read(func(s *voucher.State) { got = voucher.Snapshot(s) })
		if !bytes.Equal(got, live) {
			t.Fatalf("from %s (%+v):\n%s\nlive:\n%s", name, re.Started(), got, live)
		}
		if s := re.Started(); name == "snapshot" && (s.Snapshot == 0 || s.Replayed != 0) {
			t.Fatalf("after a clean stop the engine started from %+v, want the snapshot alone", s)
		}
	}
}
