package suomifi

import "strings"

// Attribute names of Suomi.fi's limited data set (suppea tietosisältö)
// and of the eIDAS natural person.
const (
	AttrHETU        = "urn:oid:1.2.246.21" // nationalIdentificationNumber
	AttrSATU        = "urn:oid:1.2.246.22" // electronicIdentificationNumber
	AttrCN          = "urn:oid:2.5.4.3"
	AttrGivenName   = "urn:oid:2.5.4.42"
	AttrSN          = "urn:oid:2.5.4.4"
	AttrDisplayName = "urn:oid:2.16.840.1.113730.3.1.241"
	AttrFirstName   = "http://eidas.europa.eu/attributes/naturalperson/CurrentGivenName"
	AttrFamilyName  = "http://eidas.europa.eu/attributes/naturalperson/CurrentFamilyName"
	AttrPersonID    = "http://eidas.europa.eu/attributes/naturalperson/PersonIdentifier"
)

// Levels of assurance (AuthnContextClassRef).
const (
	LoA2        = "http://ftn.ficora.fi/2017/loa2"
	LoA3        = "http://ftn.ficora.fi/2017/loa3"
	Substantial = "http://eidas.europa.eu/LoA/substantial"
	High        = "http://eidas.europa.eu/LoA/high"
)

// levels ranks the classes; an unknown class ranks 0 and is refused.
var levels = map[string]int{LoA2: 2, Substantial: 2, LoA3: 3, High: 3}

// minClass is what an AuthnRequest asks for, by MinLevel.
var minClass = map[int]string{2: LoA2, 3: LoA3}

// Identity is who logged in, and what single logout needs.
type Identity struct {
	NameID, NameQualifier, SPNameQualifier string // transient NameID
	SessionIndex                           string
	LoA                                    string
	attrs                                  map[string]string
}

func (id Identity) attr(name string) string { return id.attrs[name] }

// HETU is the personal identity code; empty for a foreign eIDAS user.
func (id Identity) HETU() string { return id.attr(AttrHETU) }

// Foreign reports whether the person came through eIDAS without a code.
func (id Identity) Foreign() bool { return id.HETU() == "" }

// Name is the person's name as they use it: the display name, else the
// given name and surname, else the eIDAS names, else the common name.
func (id Identity) Name() string {
	for _, n := range []string{id.attr(AttrDisplayName), join(id.attr(AttrGivenName), id.attr(AttrSN)),
		join(id.attr(AttrFirstName), id.attr(AttrFamilyName)), id.attr(AttrCN)} {
		if n != "" {
			return n
		}
	}
	return ""
}

// Attr returns the first value of any attribute by name.
func (id Identity) Attr(name string) string { return id.attr(name) }

func join(a, b string) string { return strings.TrimSpace(a + " " + b) }
