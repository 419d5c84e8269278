package suomifi_test

import (
	"crypto/x509"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/beevik/etree"
	"github.com/crewjam/saml"
)

const (
	mdNS    = "urn:oasis:names:tc:SAML:2.0:metadata"
	saml2NS = "urn:oasis:names:tc:SAML:2.0:protocol"
)

// strictValidate checks SP metadata at time now as a strict registering
// identity provider does: the signature if it is signed, validUntil on
// every element that has one, a readable cacheDuration, the elements a
// service provider's entity must have, and certificates valid now.
func strictValidate(raw []byte, now time.Time) error {
	doc := etree.NewDocument()
	if err := doc.ReadFromBytes(raw); err != nil {
		return err
	}
	root := doc.Root()
	if root == nil || root.Tag != "EntityDescriptor" || root.NamespaceURI() != mdNS || root.SelectAttrValue("entityID", "") == "" {
		return errors.New("no md:EntityDescriptor with an entityID")
	}
	spd := root.FindElement("./SPSSODescriptor")
	if spd == nil || !strings.Contains(spd.SelectAttrValue("protocolSupportEnumeration", ""), saml2NS) {
		return errors.New("no SPSSODescriptor for SAML 2.0")
	}
	certs, err := certificates(spd, now)
	if err != nil {
		return err
	}
	if root.FindElement("./Signature") != nil {
		if _, err := saml.VerifyMetadataSignature(raw, certs["signing"]); err != nil {
			return err
		}
	}
	if err := times(root, now); err != nil {
		return err
	}
	return endpoints(spd)
}

// certificates reads the signing and encryption certificates and checks
// they are valid at now.
func certificates(spd *etree.Element, now time.Time) (map[string][]*x509.Certificate, error) {
	out := map[string][]*x509.Certificate{}
	for _, kd := range spd.FindElements("./KeyDescriptor") {
		for _, c := range kd.FindElements(".//X509Certificate") {
			der, err := base64.StdEncoding.DecodeString(strings.Join(strings.Fields(c.Text()), ""))
			cert, err2 := x509.ParseCertificate(der)
			if err := errors.Join(err, err2); err != nil {
				return nil, err
			}
			if now.Before(cert.NotBefore) || !now.Before(cert.NotAfter) {
				return nil, fmt.Errorf("%s certificate not valid at %v", kd.SelectAttrValue("use", ""), now)
			}
			use := kd.SelectAttrValue("use", "")
			out[use] = append(out[use], cert)
		}
	}
	if len(out["signing"]) == 0 || len(out["encryption"]) == 0 {
		return nil, errors.New("no signing and encryption certificates")
	}
	return out, nil
}

// times checks every validUntil and cacheDuration in the tree.
func times(el *etree.Element, now time.Time) error {
	if v := el.SelectAttr("validUntil"); v != nil {
		until, err := time.Parse(time.RFC3339Nano, v.Value)
		if err != nil {
			return fmt.Errorf("%s validUntil %q: %v", el.Tag, v.Value, err)
		}
		if !now.Before(until) {
			return fmt.Errorf("%s expired at %v", el.Tag, until)
		}
	}
	if v := el.SelectAttr("cacheDuration"); v != nil {
		var d saml.Duration
		if err := d.UnmarshalText([]byte(v.Value)); err != nil || d <= 0 {
			return fmt.Errorf("%s cacheDuration %q: %v", el.Tag, v.Value, err)
		}
	}
	for _, c := range el.ChildElements() {
		if err := times(c, now); err != nil {
			return err
		}
	}
	return nil
}

// endpoints checks the assertion consumer services have what they must.
func endpoints(spd *etree.Element) error {
	acs := spd.FindElements("./AssertionConsumerService")
	if len(acs) == 0 {
		return errors.New("no AssertionConsumerService")
	}
	for _, a := range acs {
		if a.SelectAttrValue("Binding", "") == "" || a.SelectAttrValue("Location", "") == "" || a.SelectAttrValue("index", "") == "" {
			return errors.New("AssertionConsumerService without Binding, Location or index")
		}
	}
	return nil
}
