package store

import "errors"

// ErrNotPayload is returned by Redact when a rewrite would change more
// of an event than its payload.
var ErrNotPayload = errors.New("store: a rewrite may change only an event's payload")

// ErrOutOfOrder is returned by Write when an event's sequence number is
// not the log's next: another writer appended to the log.
var ErrOutOfOrder = errors.New("store: events out of order")
