package testidp

import (
	"github.com/beevik/etree"
	dsig "github.com/russellhaering/goxmldsig"

	"vuoro/hub/portal/suomifi"
)

// SignMetadata signs a metadata document (an EntityDescriptor or a
// federation's EntitiesDescriptor) with kp, the signature first in the
// root as the schema orders it, as a federation publishes its metadata.
func SignMetadata(kp suomifi.KeyPair, raw []byte) ([]byte, error) {
	doc := etree.NewDocument()
	if err := doc.ReadFromBytes(raw); err != nil {
		return nil, err
	}
	signed, err := signEnveloped(kp, doc.Root(), func(*etree.Element) int { return 0 })
	if err != nil {
		return nil, err
	}
	doc.SetRoot(signed)
	return doc.WriteToBytes()
}

// signEnveloped returns el with an enveloped RSA-SHA256 signature at the
// child position at(el) says.
func signEnveloped(kp suomifi.KeyPair, el *etree.Element, at func(*etree.Element) int) (*etree.Element, error) {
	ctx, err := dsig.NewSigningContext(kp.Key, [][]byte{kp.Cert.Raw})
	if err != nil {
		return nil, err
	}
	ctx.Canonicalizer = dsig.MakeC14N10ExclusiveCanonicalizerWithPrefixList("")
	if err := ctx.SetSignatureMethod(dsig.RSASHA256SignatureMethod); err != nil {
		return nil, err
	}
	signed, err := ctx.SignEnveloped(el)
	if err != nil {
		return nil, err
	}
	if last, i := len(signed.Child)-1, at(signed); i < last {
		signed.InsertChildAt(i, signed.RemoveChildAt(last))
	}
	return signed, nil
}
