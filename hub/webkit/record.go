package webkit

import (
	"encoding/json"
	"fmt"
	"time"
)

// A stored session is one flat JSON object: the app's data with the
// kit's fields beside it ("csrf", "started", "expires"), never the token.

type header struct {
	CSRF    string    `json:"csrf"`
	Started time.Time `json:"started"`
	Expires time.Time `json:"expires"`
}

func encode[T any](e *entry[T]) ([]byte, error) {
	m := map[string]json.RawMessage{}
	b, err := json.Marshal(e.Data)
	if err == nil {
		err = json.Unmarshal(b, &m)
	}
	if err != nil {
		return nil, fmt.Errorf("webkit: a session's data must be a JSON object: %w", err)
	}
	h, _ := json.Marshal(header{CSRF: e.CSRF, Started: e.Started, Expires: e.Expires})
	json.Unmarshal(h, &m)
	return json.Marshal(m)
}

// decode reads a stored session. One stored before absolute timeouts has
// no start: it counts from the start of its idle time.
func decode[T any](v []byte, idle time.Duration) (*entry[T], error) {
	var h header
	e := &entry[T]{}
	if err := json.Unmarshal(v, &h); err != nil {
		return nil, fmt.Errorf("webkit: stored session: %w", err)
	}
	if err := json.Unmarshal(v, &e.Data); err != nil {
		return nil, fmt.Errorf("webkit: stored session: %w", err)
	}
	if h.Started.IsZero() {
		h.Started = h.Expires.Add(-idle)
	}
	e.CSRF, e.Started, e.Expires, e.stored = h.CSRF, h.Started, h.Expires, h.Expires
	return e, nil
}
