// Package syslocale tidies the process's locale variables before a GUI
// toolkit reads them. A board or a container often runs with
// LANG=C.UTF-8, which means "no language" but which Fyne's locale lookup
// reads as a language named "C" and logs an error about at every start.
// The apps choose their own languages (FI/SV/EN); the system locale only
// has to be valid.
package syslocale

import (
	"os"
	"strings"
)

// vars are the locale variables, in the order POSIX reads them.
var vars = []string{"LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"}

// Tidy sets each locale variable that names the C or POSIX locale, with or
// without a codeset ("C.UTF-8", "POSIX@euro"), to plain "C", which every
// reader understands as no language. Others are left as they are.
func Tidy() {
	for _, v := range vars {
		if val, ok := os.LookupEnv(v); ok && neutral(val) && val != "C" {
			os.Setenv(v, "C")
		}
	}
}

func neutral(val string) bool {
	base, _, _ := strings.Cut(val, ".")
	base, _, _ = strings.Cut(base, "@")
	return base == "C" || base == "POSIX"
}
