package testidp

import (
	"slices"

	"github.com/beevik/etree"
)

// Quirks make the test IdP write its responses as some conforming identity
// providers do, for tests of the service provider's XML handling.
type Quirks struct {
	// UnsignedAssertion signs the Response only, not the assertion in it.
	UnsignedAssertion bool
	// RebindPrefixes writes the protocol and assertion elements with the
	// prefixes ns0 and ns1, and binds ns0 and ns1 again to XML Encryption
	// and XML Signature inside EncryptedData, as pysaml2-based IdPs do.
	RebindPrefixes bool
	// DefaultNamespaces writes every element without a prefix, each
	// namespace declared as the default one where it starts.
	DefaultNamespaces bool
}

const (
	protocolNS  = "urn:oasis:names:tc:SAML:2.0:protocol"
	assertionNS = "urn:oasis:names:tc:SAML:2.0:assertion"
	xmlencNS    = "http://www.w3.org/2001/04/xmlenc#"
	dsigNS      = "http://www.w3.org/2000/09/xmldsig#"
)

// apply rewrites an unsigned Response's namespace prefixes.
func (q Quirks) apply(resp *etree.Element) {
	switch {
	case q.RebindPrefixes:
		renamespace(resp, map[string]string{protocolNS: "ns0", assertionNS: "ns1"}, map[string]string{xmlencNS: "ns0", dsigNS: "ns1"})
	case q.DefaultNamespaces:
		all := map[string]string{protocolNS: "", assertionNS: "", xmlencNS: "", dsigNS: ""}
		renamespace(resp, all, all)
	}
}

// renamespace gives each element of root's tree the prefix its namespace
// has in outer, or from EncryptedData down in inner, declaring it where
// the binding changes. Other elements keep their prefixes.
func renamespace(root *etree.Element, outer, inner map[string]string) {
	uris := map[*etree.Element]string{}
	var collect func(*etree.Element)
	collect = func(el *etree.Element) {
		uris[el] = el.NamespaceURI()
		for _, c := range el.ChildElements() {
			collect(c)
		}
	}
	collect(root)
	rewrite(root, uris, outer, inner, map[string]string{})
}

func rewrite(el *etree.Element, uris map[*etree.Element]string, prefixes, inner, scope map[string]string) {
	if el.Tag == "EncryptedData" {
		prefixes = inner
	}
	for _, a := range slices.Clone(el.Attr) {
		if a.Space == "xmlns" || (a.Space == "" && a.Key == "xmlns") {
			el.RemoveAttr(a.FullKey())
		}
	}
	uri := uris[el]
	if p, ok := prefixes[uri]; ok {
		el.Space = p
	}
	if scope[el.Space] != uri {
		scope = cloneWith(scope, el.Space, uri)
		if el.Space == "" {
			el.CreateAttr("xmlns", uri)
		} else {
			el.CreateAttr("xmlns:"+el.Space, uri)
		}
	}
	for _, c := range el.ChildElements() {
		rewrite(c, uris, prefixes, inner, scope)
	}
}

func cloneWith(m map[string]string, k, v string) map[string]string {
	out := make(map[string]string, len(m)+1)
	for a, b := range m {
		out[a] = b
	}
	out[k] = v
	return out
}
