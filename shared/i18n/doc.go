// Package i18n is the message catalogue of Vuoro's citizen-facing screens
// and printouts in Finnish, Swedish and English.
//
// Messages are keyed by constants; T looks one up and formats it with
// fmt.Sprintf. Every key has a text in every language, and the format verbs
// of a key are the same in every language (the package's test checks both),
// so a caller can switch language at any time without changing arguments.
// Finnish texts follow the original kiosk design.
package i18n
