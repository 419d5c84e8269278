// Package suomifi is a SAML 2.0 service provider for Suomi.fi
// e-Identification, built on github.com/crewjam/saml:
//
//   - metadata with separate signing and encryption certificates, the
//     POST binding for responses and the Redirect binding for single logout,
//     valid until the first certificate expires (cacheDuration a day), with
//     the FinnishAuthMethod entity attribute and mdui:UIInfo in fi/sv/en;
//   - the IdP's metadata from an EntityDescriptor or a federation's
//     EntitiesDescriptor, refreshed from a URL with its signature checked
//     (Refresh), a bad copy leaving the last good one in use;
//   - AuthnRequests over HTTP-Redirect, signed in the query (SigAlg,
//     Signature) with RSA-SHA256, asking for a transient NameID and a
//     minimum level of assurance;
//   - responses by HTTP-POST: the signature, the decryption of the
//     encrypted assertion, audience, recipient, NotBefore, NotOnOrAfter,
//     IssueInstant (on the injected Clock, with ClockSkew) and InResponseTo
//     are checked by crewjam/saml; this package adds the check of the
//     returned level of assurance, requires an encrypted and itself signed
//     assertion (WantAssertionsSigned) and a transient NameID, refuses a
//     replayed assertion and reads the limited data set by attribute OID;
//   - front-channel single logout: LogoutRequests with the transient NameID,
//     its NameQualifier and SPNameQualifier and the SessionIndex, signed in
//     the query; LogoutResponses and IdP-initiated LogoutRequests verified.
//
// Where crewjam/saml does not do what Suomi.fi expects, this package does it
// itself, and says so where it does (see logout.go and metadata.go).
// Errors never quote a personal identity code.
package suomifi
