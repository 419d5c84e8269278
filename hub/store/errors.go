package store

import "errors"

// ErrNotPayload is returned by Redact when a rewrite would change more
// of an event than its payload.
var ErrNotPayload = errors.New("store: a rewrite may change only an event's payload")
