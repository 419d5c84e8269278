package testidp

import "vuoro/hub/portal/suomifi"

// Identity is a test person.
type Identity struct {
	HETU      string // empty for a foreign eIDAS user
	GivenName string
	Surname   string
	PersonID  string // eIDAS PersonIdentifier, for foreign users
	Country   string
	LoA       string
}

// Name is "Given Surname".
func (p Identity) Name() string { return p.GivenName + " " + p.Surname }

// Identities are the default test people. Their codes are test codes
// (individual numbers 900–999): no real person has them.
var Identities = []Identity{
	{HETU: "010280-952L", GivenName: "Sanna", Surname: "Testinen", LoA: suomifi.LoA3},
	{HETU: "230148-923T", GivenName: "Aili", Surname: "Testilä", LoA: suomifi.LoA2},
	{HETU: "150575-9612", GivenName: "Matti", Surname: "Koekäyttäjä", LoA: suomifi.LoA2},
	{GivenName: "Ingrid", Surname: "Svensson", PersonID: "SE/FI/199001019802", Country: "Ruotsi / Sweden", LoA: suomifi.Substantial},
}

// attributes are the limited data set (suppea tietosisältö) of p.
func (p Identity) attributes() map[string]string {
	if p.HETU == "" {
		return map[string]string{suomifi.AttrPersonID: p.PersonID, suomifi.AttrFirstName: p.GivenName,
			suomifi.AttrFamilyName: p.Surname}
	}
	return map[string]string{suomifi.AttrHETU: p.HETU, suomifi.AttrCN: p.Surname + " " + p.GivenName,
		suomifi.AttrGivenName: p.GivenName, suomifi.AttrSN: p.Surname, suomifi.AttrDisplayName: p.Name(),
		suomifi.AttrFirstName: p.GivenName}
}
