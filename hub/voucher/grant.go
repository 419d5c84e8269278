package voucher

import (
	"fmt"
	"strings"
	"time"

	"vuoro/shared/hetu"
)

// AddStaff adds a municipality's user.
func (e *Engine) AddStaff(actor string, u Staff) error {
	return e.do(func(s *State) error {
		if u.Login == "" || u.Municipality == "" || s.loginTaken(u.Login) {
			return fmt.Errorf("%w: staff login", ErrExists)
		}
		_, err := e.commit(actor, StaffAdded{u})
		return err
	})
}

// AddProvider adds a provider approved by a municipality.
func (e *Engine) AddProvider(actor string, p Provider) error {
	return e.do(func(s *State) error {
		if _, dup := s.Provider(p.ID); dup || p.ID == "" || s.loginTaken(p.Login) {
			return fmt.Errorf("%w: provider", ErrExists)
		}
		_, err := e.commit(actor, ProviderAdded{p})
		return err
	})
}

func (s *State) loginTaken(login string) bool {
	_, staff := s.Staff[login]
	_, prov := s.ProviderByLogin(login)
	return staff || prov
}

// Grant is what a client servant decides.
type Grant struct {
	Citizen    Person
	Service    string
	Value      Cents
	OwnShare   Cents
	ValidFrom  time.Time
	ValidUntil time.Time
}

func (g Grant) check() error {
	_, known := Service(g.Service)
	switch {
	case !hetu.Valid(g.Citizen.HETU):
		return fmt.Errorf("%w: personal identity code", ErrInvalid)
	case strings.TrimSpace(g.Citizen.Name) == "":
		return fmt.Errorf("%w: name", ErrInvalid)
	case !known:
		return fmt.Errorf("%w: service type", ErrInvalid)
	case g.Value <= 0 || g.OwnShare < 0 || g.OwnShare > g.Value:
		return fmt.Errorf("%w: value or own share", ErrInvalid)
	case g.ValidFrom.IsZero() || g.ValidUntil.Before(g.ValidFrom):
		return fmt.Errorf("%w: validity", ErrInvalid)
	}
	return nil
}

// Grant grants a voucher to a citizen in the staff user's municipality
// and returns it with its new number.
func (e *Engine) Grant(u Staff, g Grant) (Voucher, error) {
	var out Voucher
	err := e.do(func(s *State) error {
		if err := g.check(); err != nil {
			return err
		}
		v := Voucher{Municipality: u.Municipality, Citizen: g.Citizen, Service: g.Service, Value: g.Value,
			OwnShare: g.OwnShare, ValidFrom: dateOf(g.ValidFrom), ValidUntil: dateOf(g.ValidUntil), GrantedBy: u.Login}
		for v.Number == "" || s.numbers[Normalize(v.Number)] != 0 {
			v.Number, v.Check = newNumber()
		}
		ev, err := e.commit("staff:"+u.Login, Granted{v})
		if err == nil {
			out = *s.vouchers[ev.Seq]
		}
		return err
	})
	return out, err
}

// staffVoucher returns a voucher the staff user may change.
func (s *State) staffVoucher(u Staff, id uint64) (*Voucher, error) {
	v, ok := s.vouchers[id]
	if !ok || !u.May(*v) {
		return nil, ErrNotFound
	}
	if !v.Ended.IsZero() {
		return nil, ErrClosed
	}
	return v, nil
}

// SetProxy names the one proxy who may act for the voucher's client.
func (e *Engine) SetProxy(u Staff, id uint64, proxy Person) error {
	return e.do(func(s *State) error {
		v, err := s.staffVoucher(u, id)
		if err != nil {
			return err
		}
		if !hetu.Valid(proxy.HETU) || proxy.HETU == v.Citizen.HETU || strings.TrimSpace(proxy.Name) == "" {
			return fmt.Errorf("%w: proxy", ErrInvalid)
		}
		_, err = e.commit("staff:"+u.Login, ProxySet{Voucher: id, Proxy: proxy})
		return err
	})
}

// End ends a voucher: no more service events on it.
func (e *Engine) End(u Staff, id uint64) error {
	return e.do(func(s *State) error {
		if _, err := s.staffVoucher(u, id); err != nil {
			return err
		}
		_, err := e.commit("staff:"+u.Login, Ended{Ref{Voucher: id}})
		return err
	})
}

// Seen records that personal data was shown.
func (e *Engine) Seen(v Seen) error {
	return e.do(func(*State) error {
		_, err := e.commit(v.Role, v)
		return err
	})
}
