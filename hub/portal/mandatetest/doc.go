// Package mandatetest is a test server of the Suomi.fi Mandates
// (valtuudet) person-to-person API, for tests and the demo: it registers
// sessions, shows a mandate selection page where the delegate picks a
// principal, issues OAuth codes and tokens, and answers the delegate and
// authorization calls, checking every request's
// X-AsiointivaltuudetAuthorization checksum and the OAuth secret as
// Suomi.fi does.
//
// It follows the API as the published reference clients use it (see
// package mandates). Details the public material does not state are
// inferred and marked "inferred" where they are made: the accepted clock
// skew, the error bodies, the answer of unregister, and what the selection
// page does for a person without mandates.
package mandatetest
