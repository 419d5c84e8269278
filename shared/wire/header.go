package wire

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"time"
)

// Header opens every payload.
type Header struct {
	V    int       `json:"v"`    // protocol version
	ID   string    `json:"id"`   // message id, unique per sender; repeated on a retry
	Sent time.Time `json:"sent"` // when the sender made the message
}

// NewHeader returns a header of this version with a fresh random id.
func NewHeader(now time.Time) Header {
	return Header{V: Version, ID: NewID(), Sent: now.UTC()}
}

// NewID returns a random 128-bit message id in hex.
func NewID() string {
	var b [16]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails (Go 1.24+)
	return hex.EncodeToString(b[:])
}

func (h *Header) head() *Header { return h }

func (h *Header) validate() error {
	if h.ID == "" || len(h.ID) > 64 {
		return fmt.Errorf("%w: message id must be 1-64 characters", ErrInvalid)
	}
	return nil
}
