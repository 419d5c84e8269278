// Package webkit is what every web surface of the hub shares: the
// console, the voucher portal and the pages to come. It keeps sessions in
// a store under a hash of their token, with idle and absolute timeouts;
// guards forms with the standard library's cross-origin protection and a
// per-session token; limits failed attempts per login and per client
// address (behind trusted proxies); negotiates the page language (FI, SV,
// EN); renders templates with the security headers every response
// carries; and answers unknown addresses, refused requests and failures
// with HTML error pages that have a title and a language.
//
// It knows no app: each passes its own session payload, templates and
// texts.
package webkit
