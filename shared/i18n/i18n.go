package i18n

import "fmt"

// Lang is a language code as used on the wire: "fi", "sv" or "en".
type Lang string

// The supported languages. Finnish is the default.
const (
	FI Lang = "fi"
	SV Lang = "sv"
	EN Lang = "en"
)

// Default is the language a screen starts in.
const Default = FI

// Langs lists the supported languages in the order a screen offers them.
var Langs = []Lang{FI, SV, EN}

// Parse returns the language for a code, and false for an unknown one.
func Parse(code string) (Lang, bool) {
	for _, l := range Langs {
		if string(l) == code {
			return l, true
		}
	}
	return "", false
}

// Code returns the language's code as written on a language button: "FI".
func (l Lang) Code() string {
	switch l {
	case FI:
		return "FI"
	case SV:
		return "SV"
	case EN:
		return "EN"
	}
	return "??"
}

// Key names one message of the catalogue.
type Key int

// T returns the message for key in lang, formatted with args. An unknown
// language falls back to Finnish; an unknown key gives a visible marker
// rather than an empty string.
func T(lang Lang, key Key, args ...any) string {
	format := lookup(lang, key)
	if format == "" {
		return fmt.Sprintf("!i18n(%d)", int(key))
	}
	if len(args) == 0 {
		return format
	}
	return fmt.Sprintf(format, args...)
}

func lookup(lang Lang, key Key) string {
	if key < 0 || key >= numKeys {
		return ""
	}
	table, ok := messages[lang]
	if !ok {
		table = messages[Default]
	}
	return table[key]
}

// Count returns how many keys the catalogue has; keys run from 0 to Count()-1.
func Count() int { return int(numKeys) }
