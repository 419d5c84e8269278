package event

import (
	"encoding/json"
	"errors"
	"fmt"
)

// ErrSnapshotVersion is a snapshot written by another version of an
// engine's state: not used, the log is replayed instead.
var ErrSnapshotVersion = errors.New("snapshot of another version")

// envelope is a snapshot as it is stored: the version of the engine's
// encoding, and the state.
type envelope struct {
	V     int `json:"v"`
	State any `json:"state"`
}

// EncodeSnapshot encodes state, of the engine name's snapshot version.
func EncodeSnapshot(name string, version int, state any) ([]byte, error) {
	b, err := json.Marshal(envelope{V: version, State: state})
	if err != nil {
		return nil, fmt.Errorf("%s: encode snapshot: %w", name, err)
	}
	return b, nil
}

// DecodeSnapshot decodes a snapshot of version into state, a pointer.
func DecodeSnapshot(name string, version int, data []byte, state any) error {
	e := envelope{State: state}
	if err := json.Unmarshal(data, &e); err != nil {
		return fmt.Errorf("%s: decode snapshot: %w", name, err)
	}
	if e.V != version {
		return fmt.Errorf("%s: %w: %d, this hub writes %d", name, ErrSnapshotVersion, e.V, version)
	}
	return nil
}
