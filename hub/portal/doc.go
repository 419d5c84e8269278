// Package portal serves the service voucher portal (PSOP) under a path
// prefix of the hub: the public comparison of approved providers, the
// municipality's staff pages (grant, proxy, end, service events, monthly
// summary), the providers' pages (open a client by voucher number and
// check code, record service events and corrections, reply to feedback) and
// the citizens' pages behind Suomi.fi e-Identification (after every login
// an explicit choice: one's own matters, or someone else's, who named you
// proxy or whose mandate Suomi.fi Mandates confirms; vouchers, balance,
// events, feedback and a satisfaction survey; single logout).
//
// Pages are html/template with embedded assets, in Finnish, Swedish and
// English. Every change goes through hub/voucher, which logs it; every page
// that shows personal data records that it did. A personal identity code
// is never put in a URL or a log line: it travels in POST bodies and lives
// in the server-side session only.
package portal
