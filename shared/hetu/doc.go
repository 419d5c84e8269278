// Package hetu validates Finnish personal identity codes (henkilötunnus),
// DDMMYYCZZZQ: the date of birth, a century sign, an individual number and
// a check character.
//
// A personal identity code is personal data of a special kind. An ID keeps
// the full code but prints only the date of birth and the century sign
// ("010280-****"), and the errors of Parse never quote the code, so neither
// a log line nor an error message leaks it. Code returns the full code for
// the few places that need it.
package hetu
