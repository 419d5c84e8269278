package devsync

import (
	"errors"
	"sync"

	"vuoro/shared/wire"
)

// Why the bridge drops a device's message: the label of the hub's
// rejects metric.
const (
	RejectTopic          = "topic"           // a topic of no kind the bridge knows (wire.ErrTopic)
	RejectTooLarge       = "too-large"       // wire.ErrTooLarge
	RejectMalformed      = "malformed"       // not the JSON of its kind (wire.ErrMalformed)
	RejectVersion        = "version"         // another protocol version (wire.ErrVersion)
	RejectInvalid        = "invalid"         // decoded, but its fields are not valid (wire.ErrInvalid)
	RejectDeviceMismatch = "device-mismatch" // in the name of a device other than its topic's
	RejectBusy           = "busy"            // the bridge's queue was full; the device retries
)

var rejectReasons = []string{RejectTopic, RejectTooLarge, RejectMalformed, RejectVersion, RejectInvalid,
	RejectDeviceMismatch, RejectBusy}

// errOtherDevice is a message in another device's name.
var errOtherDevice = errors.New("devsync: device in payload differs from topic")

// rejectReason is the reason a decoding error stands for.
func rejectReason(err error) string {
	for _, r := range []struct {
		err    error
		reason string
	}{{wire.ErrTopic, RejectTopic}, {wire.ErrTooLarge, RejectTooLarge}, {wire.ErrMalformed, RejectMalformed},
		{wire.ErrVersion, RejectVersion}, {errOtherDevice, RejectDeviceMismatch}} {
		if errors.Is(err, r.err) {
			return r.reason
		}
	}
	return RejectInvalid
}

// rejects counts dropped messages by reason.
type rejects struct {
	mu sync.Mutex
	n  map[string]int64
}

func (r *rejects) add(reason string) int64 {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.n == nil {
		r.n = map[string]int64{}
	}
	r.n[reason]++
	var all int64
	for _, n := range r.n {
		all += n
	}
	return all
}

// Rejects returns how many device messages were dropped, by reason;
// every reason is present.
func (s *Sync) Rejects() map[string]int64 {
	s.rejects.mu.Lock()
	defer s.rejects.mu.Unlock()
	out := make(map[string]int64, len(rejectReasons))
	for _, r := range rejectReasons {
		out[r] = s.rejects.n[r]
	}
	return out
}

// Rejected returns how many device messages were dropped.
func (s *Sync) Rejected() int64 {
	var all int64
	for _, n := range s.Rejects() {
		all += n
	}
	return all
}
