package event

// Batch is a group of decided events written together: in one transaction
// with one sync to disk, and with the snapshot of the state they made when
// one is due.
type Batch struct {
	Events   []Event   // each with its Seq, the log's next ones in order
	Snapshot *Snapshot // nil if none is due
}

// Snapshot is the encoded state made by the events up to Seq.
type Snapshot struct {
	Seq  uint64
	Data []byte
}

// BatchLog is a Log that writes batches and keeps a snapshot;
// *store.Store is one. A journal over a plain Log appends its events one
// by one and always replays the whole log.
type BatchLog interface {
	Log
	// Write stores the batch durably, all of it or nothing.
	Write(Batch) error
	// Snapshot returns the newest stored snapshot, if any.
	Snapshot() (Snapshot, bool, error)
}
