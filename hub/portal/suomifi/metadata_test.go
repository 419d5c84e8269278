package suomifi_test

import (
	"encoding/xml"
	"testing"

	"vuoro/hub/portal/suomifi"
	"vuoro/hub/portal/testidp"
)

// TestMetadataAsSuomiFiRegistersIt checks the SP metadata for what
// Suomi.fi's registration needs: separate signing and encryption keys,
// POST for responses, Redirect for logout, transient NameID, signed
// requests, and the organisation with a technical contact in three languages.
func TestMetadataAsSuomiFiRegistersIt(t *testing.T) {
	idp, err := testidp.New(testidp.Options{BaseURL: "https://idp.example/idp"})
	if err != nil {
		t.Fatal(err)
	}
	sign, enc := keys(t)
	org := &suomifi.Organization{Names: map[string]string{"fi": "Lahden kaupunki", "sv": "Lahtis stad", "en": "City of Lahti"},
		URL: "https://www.lahti.fi", Technical: suomifi.Contact{Company: "Lahden kaupunki", GivenName: "Tuki", SurName: "Palveluseteli", Email: "tuki@example.fi"}}
	sp, err := suomifi.New(suomifi.Config{BaseURL: "https://vuoro.example/portal/saml", Signing: sign, Encryption: enc,
		IdPMetadata: idp.Metadata(), Organization: org})
	if err != nil {
		t.Fatal(err)
	}
	raw, err := sp.Metadata()
	if err != nil {
		t.Fatal(err)
	}
	var md struct {
		SP struct {
			AuthnRequestsSigned string `xml:"AuthnRequestsSigned,attr"`
			Keys                []struct {
				Use string `xml:"use,attr"`
			} `xml:"KeyDescriptor"`
			NameIDFormat string `xml:"NameIDFormat"`
			ACS          []struct {
				Binding string `xml:"Binding,attr"`
			} `xml:"AssertionConsumerService"`
			SLO []struct {
				Binding string `xml:"Binding,attr"`
			} `xml:"SingleLogoutService"`
		} `xml:"SPSSODescriptor"`
		Org struct {
			Names []struct {
				Lang string `xml:"lang,attr"`
				Name string `xml:",chardata"`
			} `xml:"OrganizationName"`
		} `xml:"Organization"`
		Contact struct {
			Type  string `xml:"contactType,attr"`
			Email string `xml:"EmailAddress"`
		} `xml:"ContactPerson"`
	}
	if err := xml.Unmarshal(raw, &md); err != nil {
		t.Fatal(err)
	}
	s := md.SP
	switch {
	case s.AuthnRequestsSigned != "true":
		t.Error("AuthnRequestsSigned is not true")
	case len(s.Keys) != 2 || s.Keys[0].Use != "signing" || s.Keys[1].Use != "encryption":
		t.Errorf("keys %+v, want one signing and one encryption key", s.Keys)
	case s.NameIDFormat != "urn:oasis:names:tc:SAML:2.0:nameid-format:transient":
		t.Errorf("NameID format %q", s.NameIDFormat)
	case len(s.ACS) != 1 || s.ACS[0].Binding != "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST":
		t.Errorf("assertion consumer services %+v, want POST only", s.ACS)
	case len(s.SLO) != 1 || s.SLO[0].Binding != "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect":
		t.Errorf("logout services %+v, want Redirect", s.SLO)
	case len(md.Org.Names) != 3 || md.Org.Names[1].Lang != "sv" || md.Org.Names[1].Name != "Lahtis stad":
		t.Errorf("organisation names %+v", md.Org.Names)
	case md.Contact.Type != "technical" || md.Contact.Email != "mailto:tuki@example.fi":
		t.Errorf("contact %+v", md.Contact)
	}
}
