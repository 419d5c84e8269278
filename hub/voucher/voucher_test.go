package voucher_test

import (
	"errors"
	"testing"
	"time"

	"vuoro/hub/event"
	"vuoro/hub/voucher"
)

// memLog is an in-memory event log.
type memLog struct{ evs []event.Event }

func (l *memLog) Append(ev event.Event) (uint64, error) {
	ev.Seq = uint64(len(l.evs) + 1)
	l.evs = append(l.evs, ev)
	return ev.Seq, nil
}

func (l *memLog) Replay(after uint64, fn func(event.Event) error) error {
	for _, ev := range l.evs[after:] {
		if err := fn(ev); err != nil {
			return err
		}
	}
	return nil
}

type clock struct{ t time.Time }

func (c clock) Now() time.Time { return c.t }

var (
	day   = time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)
	staff = voucher.Staff{Login: "sote", Name: "S", Municipality: "lahti"}
	prov  = voucher.Provider{ID: "p1", Login: "p1", Municipality: "lahti", Offers: []voucher.Offer{{Service: "siivous", Price: 3000, Unit: "hour"}}}
)

func setup(t *testing.T) (*voucher.Engine, *memLog, voucher.Voucher) {
	t.Helper()
	log := &memLog{log0()}
	e, err := voucher.Open(log, clock{day})
	if err != nil {
		t.Fatal(err)
	}
	if err := errors.Join(e.AddStaff("t", staff), e.AddProvider("t", prov)); err != nil {
		t.Fatal(err)
	}
	v, err := e.Grant(staff, voucher.Grant{Citizen: voucher.Person{HETU: "010280-952L", Name: "Sanna"}, Service: "siivous",
		Value: 10000, ValidFrom: day, ValidUntil: day.AddDate(0, 1, 0)})
	if err != nil {
		t.Fatal(err)
	}
	return e, log, v
}

// log0 is an event of another part of the hub: the voucher engine skips it.
func log0() []event.Event {
	return []event.Event{{Seq: 1, Kind: "ticket.issued", Payload: []byte(`{}`)}}
}

func TestBalanceNeverBelowZeroAndCorrections(t *testing.T) {
	e, log, v := setup(t)
	if _, err := e.Record("p1", "p1", v.ID, voucher.Entry{Date: day, Description: "x", Amount: 100}); !errors.Is(err, voucher.ErrNotFound) {
		t.Fatalf("record before entering the number: %v", err)
	}
	if _, err := e.Open("p1", v.Number, v.Check); err != nil {
		t.Fatal(err)
	}
	first, err := e.Record("p1", "p1", v.ID, voucher.Entry{Date: day, Description: "Siivous 2 h", Amount: 6000})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		in   voucher.Entry
		want error
	}{
		{"over the balance", voucher.Entry{Date: day, Description: "x", Amount: 4001}, voucher.ErrBalance},
		{"credit without an event", voucher.Entry{Date: day, Description: "x", Amount: -100}, voucher.ErrInvalid},
		{"credit over the event", voucher.Entry{Date: day, Description: "x", Amount: -6001, Corrects: first.ID}, voucher.ErrInvalid},
		{"outside validity", voucher.Entry{Date: day.AddDate(0, 2, 0), Description: "x", Amount: 1}, voucher.ErrClosed},
		{"exact balance", voucher.Entry{Date: day, Description: "Siivous", Amount: 4000}, nil},
		{"credit", voucher.Entry{Date: day, Description: "Oikaisu", Amount: -3000, Corrects: first.ID}, nil},
		{"second credit beyond what is left", voucher.Entry{Date: day, Description: "x", Amount: -3001, Corrects: first.ID}, voucher.ErrInvalid},
	} {
		if _, err := e.Record("p1", "p1", v.ID, tc.in); !errors.Is(err, tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, err, tc.want)
		}
	}
	again, err := voucher.Open(log, clock{day})
	if err != nil {
		t.Fatal(err)
	}
	again.Read(func(s *voucher.State) {
		if got, _ := s.Voucher(v.ID); got.Balance() != 3000 {
			t.Errorf("after replay balance %d, want 3000", got.Balance())
		}
	})
}

func TestOpenNeedsNumberAndCheck(t *testing.T) {
	e, _, v := setup(t)
	other := voucher.Provider{ID: "p2", Login: "p2", Municipality: "heinola", Offers: prov.Offers}
	e.AddProvider("t", other)
	wrong := "00"
	if v.Check == wrong {
		wrong = "01"
	}
	for _, tc := range []struct{ prov, number, check string }{
		{"p1", v.Number, wrong}, {"p1", "0000-0000-0000", v.Check}, {"p2", v.Number, v.Check}, {"p1", "", ""},
	} {
		if _, err := e.Open(tc.prov, tc.number, tc.check); !errors.Is(err, voucher.ErrNoMatch) {
			t.Errorf("open %+v: %v", tc, err)
		}
	}
	typo := []byte(v.Number)
	typo[0] = map[bool]byte{true: '1', false: '0'}[typo[0] == '0']
	if !voucher.WellFormed(v.Number, v.Check) || (string(typo) != v.Number && voucher.WellFormed(string(typo), v.Check)) {
		t.Error("check code does not catch a changed character")
	}
}

func TestProxy(t *testing.T) {
	e, _, v := setup(t)
	if err := e.SetProxy(staff, v.ID, voucher.Person{HETU: "010280-952L", Name: "Self"}); !errors.Is(err, voucher.ErrInvalid) {
		t.Errorf("the client as her own proxy: %v", err)
	}
	if err := e.SetProxy(voucher.Staff{Login: "x", Municipality: "heinola"}, v.ID, voucher.Person{HETU: "230148-923T", Name: "A"}); !errors.Is(err, voucher.ErrNotFound) {
		t.Errorf("another municipality's staff: %v", err)
	}
	if err := e.SetProxy(staff, v.ID, voucher.Person{HETU: "230148-923T", Name: "Aili"}); err != nil {
		t.Fatal(err)
	}
	e.Read(func(s *voucher.State) {
		got, _ := s.Voucher(v.ID)
		if !(voucher.Citizen{HETU: "230148-923T"}).May(got) || (voucher.Citizen{HETU: "150575-9612"}).May(got) {
			t.Error("proxy rights wrong")
		}
	})
}

func TestEuros(t *testing.T) {
	for in, want := range map[string]voucher.Cents{"12": 1200, "12,5": 1250, "1 200,00": 120000, "-3.10": -310} {
		if got, err := voucher.ParseEuros(in); err != nil || got != want {
			t.Errorf("ParseEuros(%q) = %d, %v", in, got, err)
		}
	}
	if s := voucher.Cents(123456).Euros("fi"); s != "1\u00a0234,56" {
		t.Errorf("Euros = %q", s)
	}
}
