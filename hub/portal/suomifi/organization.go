package suomifi

import "github.com/crewjam/saml"

// Organization is who runs the service, as Suomi.fi's metadata
// registration asks for it: the name in Finnish, Swedish and English, a
// web address, and a technical contact; and the service's display name and
// description (mdui:UIInfo) in the same languages.
type Organization struct {
	Names     map[string]string `json:"names"` // "fi", "sv", "en"
	URL       string            `json:"url"`
	Technical Contact           `json:"technical"`
	// ServiceNames name the service on the IdP's pages; Names by default.
	ServiceNames map[string]string `json:"service_names,omitempty"`
	// Descriptions say in a sentence what the service is for.
	Descriptions map[string]string `json:"descriptions,omitempty"`
}

// languages are the metadata's languages, in order.
var languages = []string{"fi", "sv", "en"}

func (o *Organization) displayNames() map[string]string {
	if len(o.ServiceNames) > 0 {
		return o.ServiceNames
	}
	return o.Names
}

// Contact is a contact person of the service.
type Contact struct {
	Company   string `json:"company"`
	GivenName string `json:"given_name"`
	SurName   string `json:"sur_name"`
	Email     string `json:"email"`
	Phone     string `json:"phone,omitempty"`
}

// describe puts o into the entity's metadata.
func (o *Organization) describe(md *saml.EntityDescriptor) {
	if o == nil || len(o.Names) == 0 {
		return
	}
	org := &saml.Organization{}
	for _, lang := range languages {
		if n := o.Names[lang]; n != "" {
			org.OrganizationNames = append(org.OrganizationNames, saml.LocalizedName{Lang: lang, Value: n})
			org.OrganizationDisplayNames = append(org.OrganizationDisplayNames, saml.LocalizedName{Lang: lang, Value: n})
			org.OrganizationURLs = append(org.OrganizationURLs, saml.LocalizedURI{Lang: lang, Value: o.URL})
		}
	}
	md.Organization = org
	c := o.Technical
	md.ContactPerson = &saml.ContactPerson{ContactType: "technical", Company: c.Company, GivenName: c.GivenName,
		SurName: c.SurName, EmailAddresses: nonEmpty("mailto:" + c.Email), TelephoneNumbers: nonEmpty(c.Phone)}
}

func nonEmpty(s string) []string {
	if s == "" || s == "mailto:" {
		return nil
	}
	return []string{s}
}
