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
	return say(reports, err, func(r server.FileReport) string {
		return fmt.Sprintf("%s: ok, %d events, last %d", r.Path, r.Events, r.LastSeq)
	})
}

// compactData is `hub -compact`: it builds the event log's indexes where
// they are missing and compacts the data files, saying what it did.
func compactData(dir string) error {
	reports, err := server.Compact(dir)
	return say(reports, err, func(r server.CompactReport) string {
		return fmt.Sprintf("%s: compacted, %d → %d bytes", r.Path, r.Before, r.After)
	})
}

// say prints a line for each file done, then returns err.
func say[R any](reports []R, err error, line func(R) string) error {
	for _, r := range reports {
		fmt.Fprintln(os.Stdout, line(r))
	}
	return err
}
