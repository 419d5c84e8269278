package server

import (
	"errors"
	"fmt"
	"path/filepath"

	"vuoro/hub/event"
	"vuoro/hub/queue"
	"vuoro/hub/store"
	"vuoro/hub/voucher"
)

// FileReport is what Check found in one data file.
type FileReport struct {
	Path    string
	Events  int
	LastSeq uint64
}

// Check verifies the hub's data files in dataDir without changing them:
// every page of each bbolt file, every event decoded, and every event
// replayed through its engine's checks, as a start would. The hub must be
// stopped (or a copy checked): a running hub holds its files.
func Check(dataDir string) ([]FileReport, error) {
	var out []FileReport
	for _, f := range []struct {
		name     string
		optional bool
		replay   func(*store.Store) error
	}{
		{"hub.db", false, func(st *store.Store) error { _, err := queue.Open(wholeLog{st}, realClock{}); return err }},
		{"portal.db", true, func(st *store.Store) error { _, err := voucher.Open(wholeLog{st}, realClock{}); return err }},
	} {
		path := filepath.Join(dataDir, f.name)
		r, err := checkFile(path, f.replay)
		if f.optional && errors.Is(err, store.ErrNoFile) {
			continue
		}
		if err != nil {
			return out, err
		}
		out = append(out, FileReport{Path: path, Events: r.Events, LastSeq: r.LastSeq})
	}
	return out, nil
}

// wholeLog is a data file's log without its snapshot: a check replays
// every event.
type wholeLog struct{ event.Log }

func checkFile(path string, replay func(*store.Store) error) (store.Report, error) {
	r, err := store.Verify(path)
	if err != nil {
		return r, err
	}
	st, err := store.OpenReadOnly(path)
	if err != nil {
		return r, err
	}
	defer st.Close()
	if err := replay(st); err != nil {
		return r, fmt.Errorf("server: %s: %w", path, err)
	}
	return r, nil
}
