package store

import "errors"

// ErrNotPayload is returned by Redact when a rewrite would change more
// of an event than its payload.
var ErrNotPayload = errors.New("store: a rewrite may change only an event's payload")

// ErrNoIndex is returned by Query on a file opened read-only whose event
// log has no indexes yet: a hub builds them when it opens the file.
var ErrNoIndex = errors.New("store: the event log has no indexes (open it in a hub first)")

// ErrOutOfOrder is returned by Write when an event's sequence number is
// not the log's next: another writer appended to the log.
var ErrOutOfOrder = errors.New("store: events out of order")
