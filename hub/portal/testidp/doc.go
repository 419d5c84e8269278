// Package testidp is a SAML identity provider that behaves like Suomi.fi
// e-Identification's test service, for tests and for trying Vuoro out. It
// must never run in production: anyone can log in as anyone.
//
// It checks the AuthnRequest with crewjam/saml's IdP, which verifies the
// Redirect binding's query signature (SigAlg, Signature), shows a
// page where the user picks a test identity (citizens with test personal
// identity codes 900–999, one foreign eIDAS user without a code) or
// cancels, and posts back a signed Response whose signed assertion is
// encrypted to the service provider's encryption key (RSA-OAEP, AES-128-GCM
// or Options.Cipher), its XML written as Options.Quirks say,
// with a transient NameID qualified by both entity IDs, a SessionIndex, the
// level of assurance and the limited data set under Suomi.fi's attribute
// names. It answers signed LogoutRequests with signed LogoutResponses.
package testidp
