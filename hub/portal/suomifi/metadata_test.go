package suomifi_test

import (
	"encoding/xml"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/beevik/etree"

	"vuoro/hub/portal/suomifi"
	"vuoro/hub/portal/testidp"
	"vuoro/hub/queue/queuetest"
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

// TestMetadataValidAMonthLater: Suomi.fi installs SP metadata weekly, so
// the metadata downloaded today must still pass a strict validator a month
// later; it expires with its certificates, not before.
func TestMetadataValidAMonthLater(t *testing.T) {
	clock := queuetest.NewClock(time.Now())
	sign, enc := keys(t)
	idp, err := testidp.New(testidp.Options{BaseURL: "https://idp.example/idp"})
	if err != nil {
		t.Fatal(err)
	}
	sp, err := suomifi.New(suomifi.Config{BaseURL: "https://vuoro.example/portal/saml", Signing: sign, Encryption: enc,
		IdPMetadata: idp.Metadata(), Clock: clock})
	if err != nil {
		t.Fatal(err)
	}
	raw, err := sp.Metadata()
	if err != nil {
		t.Fatal(err)
	}
	if err := strictValidate(raw, clock.Now()); err != nil {
		t.Fatalf("metadata refused at download: %v", err)
	}
	download := clock.Now()
	clock.Set(download.AddDate(0, 1, 0))
	if err := strictValidate(raw, clock.Now()); err != nil {
		t.Errorf("metadata refused a month after download: %v\n%s", err, raw)
	}
	crewjams := regexp.MustCompile(`validUntil="[^"]*"`).ReplaceAll(raw, []byte(`validUntil="`+download.Add(48*time.Hour).Format(time.RFC3339)+`"`))
	if strictValidate(crewjams, clock.Now()) == nil {
		t.Error("the validator took metadata valid for 48 hours a month later")
	}
	if err := strictValidate(raw, enc.Cert.NotAfter.Add(time.Hour)); err == nil {
		t.Error("metadata still accepted after its certificates expired")
	}
	var md struct {
		CacheDuration string `xml:"cacheDuration,attr"`
	}
	xml.Unmarshal(raw, &md)
	if md.CacheDuration != "PT24H" {
		t.Errorf("cacheDuration %q, want a day", md.CacheDuration)
	}
}

// TestMetadataExtensions checks the Extensions of Suomi.fi's SP template:
// the accepted authentication methods (FinnishAuthMethod) for the minimum
// level, and the service's display name and description in fi/sv/en.
func TestMetadataExtensions(t *testing.T) {
	org := &suomifi.Organization{Names: map[string]string{"fi": "Lahden kaupunki", "sv": "Lahtis stad", "en": "City of Lahti"},
		ServiceNames: map[string]string{"fi": "Palveluseteli", "sv": "Servicesedel", "en": "Service voucher"},
		Descriptions: map[string]string{"fi": "Palvelusetelit ja ostopalvelut", "sv": "Servicesedlar och köptjänster", "en": "Service vouchers and purchased services"}}
	for level, want := range map[int][]string{2: {suomifi.LoA3, suomifi.High, suomifi.LoA2, suomifi.Substantial}, 3: {suomifi.LoA3, suomifi.High}} {
		r := newRigWith(t, testidp.Options{}, suomifi.Config{MinLevel: level, Organization: org})
		raw, err := r.sp.Metadata()
		if err != nil {
			t.Fatal(err)
		}
		doc := etree.NewDocument()
		doc.ReadFromBytes(raw)
		attr := doc.Root().FindElement("./Extensions/EntityAttributes/Attribute[@Name='FinnishAuthMethod']")
		if attr == nil || attr.Parent().NamespaceURI() != suomifi.EntityAttributesNS || attr.NamespaceURI() != "urn:oasis:names:tc:SAML:2.0:assertion" {
			t.Fatalf("level %d: no mdattr:EntityAttributes with a saml:Attribute FinnishAuthMethod:\n%s", level, raw)
		}
		var got []string
		for _, v := range attr.FindElements("./AttributeValue") {
			got = append(got, v.Text())
		}
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("level %d: FinnishAuthMethod %v, want %v", level, got, want)
		}
		ui := doc.Root().FindElement("./SPSSODescriptor/Extensions/UIInfo")
		if ui == nil || ui.NamespaceURI() != suomifi.UIInfoNS {
			t.Fatalf("no mdui:UIInfo in the SPSSODescriptor:\n%s", raw)
		}
		for _, lang := range []string{"fi", "sv", "en"} {
			dn := ui.FindElement("./DisplayName[@xml:lang='" + lang + "']")
			de := ui.FindElement("./Description[@xml:lang='" + lang + "']")
			if dn == nil || dn.Text() != org.ServiceNames[lang] || de == nil || de.Text() != org.Descriptions[lang] {
				t.Errorf("UIInfo in %s: %v %v", lang, dn, de)
			}
		}
		if err := strictValidate(raw, time.Now()); err != nil {
			t.Errorf("metadata with extensions refused: %v", err)
		}
	}
}
