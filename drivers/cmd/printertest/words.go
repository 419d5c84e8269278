package main

import (
	"errors"
	"strings"

	"vuoro/drivers/escpos"
)

// finnish are the words of escpos.Status.Conditions in Finnish.
var finnish = map[string]string{
	"offline":                "ei tulostusvalmis",
	"paper out":              "paperi lopussa",
	"cover open":             "kansi auki",
	"cutter error":           "leikkurin vika",
	"mechanical error":       "mekaaninen vika",
	"unrecoverable error":    "vakava vika: sammuta ja käynnistä tulostin",
	"recoverable error":      "ohimenevä vika, kuten kuuma tulostuspää",
	"error":                  "vika",
	"paper near end":         "paperi loppumassa",
	"feeding paper":          "syöttää paperia",
	"waiting to come online": "palaamassa tulostusvalmiiksi",
}

// words tells the status, or why there is none, in Finnish and English:
// "paperi loppumassa / paper near end".
func words(s escpos.Status, err error) string {
	switch {
	case errors.Is(err, escpos.ErrNoStatus):
		return "ei luettavissa tällä yhteydellä / cannot be read on this connection"
	case errors.Is(err, escpos.ErrNoReply):
		return "tulostin ei vastaa / the printer does not answer"
	case err != nil:
		return "ei yhteyttä / no connection: " + err.Error()
	}
	conds := s.Conditions()
	if len(conds) == 0 {
		return "valmis / ready"
	}
	pairs := make([]string, len(conds))
	for i, c := range conds {
		pairs[i] = finnish[c] + " / " + c
	}
	return strings.Join(pairs, "; ")
}
