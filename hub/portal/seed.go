package portal

import (
	"fmt"

	"golang.org/x/crypto/bcrypt"

	"vuoro/hub/event"
	"vuoro/hub/voucher"
)

// DemoPassword is every demo login's password, as in the console.
const DemoPassword = "vuoro-demo"

// Demo is what Seed made, for printing at start.
type Demo struct {
	Seeded   bool
	Logins   []string          // the municipal user, then the providers
	Vouchers []voucher.Voucher // granted to the test IdP's people
}

var demoStaff = voucher.Staff{Login: "lahti-sote", Name: "Leena Laine (Lahden sosiaalipalvelut)", Municipality: "lahti"}

// Seed fills an empty portal with Lahti's demo data: the municipal user
// lahti-sote, four approved providers and two vouchers for the test IdP's
// people (Aili Testilä with Sanna Testinen as her proxy, and Sanna's own).
// A portal that has staff already is left as it is.
func Seed(p *Portal) (Demo, error) {
	var empty bool
	p.eng.Read(func(s *voucher.State) { empty = len(s.Staff) == 0 })
	if !empty {
		return Demo{}, nil
	}
	d := Demo{Seeded: true, Logins: []string{demoStaff.Login}}
	if err := p.addLogin(demoStaff.Login, p.eng.AddStaff(event.ActorDemo, demoStaff)); err != nil {
		return d, err
	}
	for _, pr := range demoProviders {
		if err := p.addLogin(pr.Login, p.eng.AddProvider(event.ActorDemo, pr)); err != nil {
			return d, err
		}
		d.Logins = append(d.Logins, pr.Login)
	}
	var err error
	d.Vouchers, err = p.demoVouchers()
	return d, err
}

func (p *Portal) addLogin(login string, added error) error {
	if added != nil {
		return fmt.Errorf("portal: seed %s: %w", login, added)
	}
	hash, err := bcrypt.GenerateFromPassword([]byte(DemoPassword), bcrypt.DefaultCost)
	if err == nil {
		err = p.opts.Credentials.SetCredential(credential(login), hash)
	}
	if err != nil {
		return fmt.Errorf("portal: seed %s: %w", login, err)
	}
	return nil
}

func (p *Portal) demoVouchers() ([]voucher.Voucher, error) {
	now := p.opts.Clock.Now()
	aili, sanna := voucher.Person{HETU: "230148-923T", Name: "Aili Testilä"}, voucher.Person{HETU: "010280-952L", Name: "Sanna Testinen"}
	grants := []voucher.Grant{
		{Citizen: aili, Service: "kotihoito", Value: 120000, OwnShare: 1200, ValidFrom: now, ValidUntil: now.AddDate(1, 0, 0)},
		{Citizen: sanna, Service: "siivous", Value: 40000, OwnShare: 500, ValidFrom: now, ValidUntil: now.AddDate(0, 6, 0)},
	}
	var out []voucher.Voucher
	for _, g := range grants {
		v, err := p.eng.Grant(demoStaff, g)
		if err != nil {
			return out, fmt.Errorf("portal: seed voucher: %w", err)
		}
		out = append(out, v)
	}
	return out, p.eng.SetProxy(demoStaff, out[0].ID, sanna)
}
