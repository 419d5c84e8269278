package main

import (
	"fmt"
	"os"

	"vuoro/hub/server"
)

// checkData is `hub -check`: it verifies the data files and says what it
// found, or what is wrong and what to do.
func checkData(dir string) error {
	reports, err := server.Check(dir)
	for _, r := range reports {
		fmt.Fprintf(os.Stdout, "%s: ok, %d events, last %d\n", r.Path, r.Events, r.LastSeq)
	}
	return err
}
