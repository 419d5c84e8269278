package suomifi

import (
	"encoding/xml"

	"github.com/crewjam/saml"
)

// Namespaces of the metadata extensions Suomi.fi's SP template uses.
const (
	EntityAttributesNS = "urn:oasis:names:tc:SAML:metadata:attribute"
	UIInfoNS           = "urn:oasis:names:tc:SAML:metadata:ui"
	assertionNS        = "urn:oasis:names:tc:SAML:2.0:assertion"
	xmlLangNS          = "http://www.w3.org/XML/1998/namespace"
)

// AuthMethodAttribute names the entity attribute that lists the
// authentication methods a service accepts.
const AuthMethodAttribute = "FinnishAuthMethod"

// AuthMethods are the classes a service accepting minLevel takes, as
// FinnishAuthMethod values: the Finnish and the eIDAS levels.
func AuthMethods(minLevel int) []string {
	if minLevel >= 3 {
		return []string{LoA3, High}
	}
	return []string{LoA3, High, LoA2, Substantial}
}

// entityAttributes is md:Extensions with mdattr:EntityAttributes naming the
// accepted authentication methods.
func entityAttributes(minLevel int) *saml.Extensions {
	attr := element(assertionNS, "Attribute", "")
	attr.Attrs = []xml.Attr{{Name: xml.Name{Local: "Name"}, Value: AuthMethodAttribute},
		{Name: xml.Name{Local: "NameFormat"}, Value: "urn:oasis:names:tc:SAML:2.0:attrname-format:uri"}}
	for _, m := range AuthMethods(minLevel) {
		attr.Children = append(attr.Children, element(assertionNS, "AttributeValue", m))
	}
	ea := element(EntityAttributesNS, "EntityAttributes", "")
	ea.Children = []saml.ExtensionElement{attr}
	return &saml.Extensions{Other: []saml.ExtensionElement{ea}}
}

// uiInfo is the SPSSODescriptor's md:Extensions with mdui:UIInfo: the
// service's display name and description in Finnish, Swedish and English.
func (o *Organization) uiInfo() *saml.Extensions {
	if o == nil {
		return nil
	}
	ui := element(UIInfoNS, "UIInfo", "")
	for _, kind := range []struct {
		name string
		text map[string]string
	}{{"DisplayName", o.displayNames()}, {"Description", o.Descriptions}} {
		for _, lang := range languages {
			if t := kind.text[lang]; t != "" {
				ui.Children = append(ui.Children, localized(UIInfoNS, kind.name, lang, t))
			}
		}
	}
	if len(ui.Children) == 0 {
		return nil
	}
	return &saml.Extensions{Other: []saml.ExtensionElement{ui}}
}

func element(space, local, text string) saml.ExtensionElement {
	return saml.ExtensionElement{XMLName: xml.Name{Space: space, Local: local}, CharData: text}
}

func localized(space, local, lang, text string) saml.ExtensionElement {
	el := element(space, local, text)
	el.Attrs = []xml.Attr{{Name: xml.Name{Space: xmlLangNS, Local: "lang"}, Value: lang}}
	return el
}
