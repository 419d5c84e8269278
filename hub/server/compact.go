package server

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"vuoro/hub/store"
)

// CompactReport is what Compact did to one data file.
type CompactReport struct {
	Path          string
	Before, After int64 // the file's size in bytes
}

// Compact rewrites the hub's data files in dataDir with their live data
// only, building the event log's indexes first where a file has none. The
// hub must be stopped: a running hub holds its files.
func Compact(dataDir string) ([]CompactReport, error) {
	var out []CompactReport
	for _, name := range []string{"hub.db", "portal.db"} {
		path := filepath.Join(dataDir, name)
		fi, err := os.Stat(path)
		if errors.Is(err, os.ErrNotExist) && name == "portal.db" {
			continue
		}
		if err != nil {
			return out, fmt.Errorf("%w at %s", store.ErrNoFile, path)
		}
		r := CompactReport{Path: path, Before: fi.Size()}
		if r.After, err = compactFile(path); err != nil {
			return out, err
		}
		out = append(out, r)
	}
	return out, nil
}

func compactFile(path string) (int64, error) {
	if _, err := store.Verify(path); err != nil {
		return 0, err // neither a damaged nor a held file is rewritten
	}
	st, err := store.Open(path)
	if err != nil {
		return 0, err
	}
	err = st.Compact()
	if cerr := st.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return 0, err
	}
	fi, err := os.Stat(path)
	if err != nil {
		return 0, fmt.Errorf("server: %w", err)
	}
	return fi.Size(), nil
}
