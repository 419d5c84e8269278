package lock

import (
	"fmt"
	"os"
	"strings"
	"sync"
	"time"

	"golang.org/x/crypto/bcrypt"
)

// After MaxTries wrong PINs in a row, the lock refuses every PIN for
// Cooldown.
const (
	MaxTries = 3
	Cooldown = time.Minute
)

// Lock checks an admin PIN against its hash. The zero Lock has no PIN and
// opens for nothing. It is safe for concurrent use.
type Lock struct {
	hash []byte

	mu    sync.Mutex
	wrong int       // wrong PINs in a row
	until time.Time // refusing every PIN before this
}

// New returns a lock for the bcrypt hash of a PIN; "" means no PIN is set.
func New(hash string) (*Lock, error) {
	hash = strings.TrimSpace(hash)
	if hash == "" {
		return &Lock{}, nil
	}
	if _, err := bcrypt.Cost([]byte(hash)); err != nil {
		return nil, fmt.Errorf("lock: not a bcrypt hash: %w", err)
	}
	return &Lock{hash: []byte(hash)}, nil
}

// Load reads the hash from the file at path (one line, as Hash writes).
func Load(path string) (*Lock, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("lock: %w", err)
	}
	return New(string(b))
}

// Hash returns the bcrypt hash of pin, to be written to the PIN file.
func Hash(pin string) (string, error) {
	if !validPIN(pin) {
		return "", ErrBadPIN
	}
	h, err := bcrypt.GenerateFromPassword([]byte(pin), bcrypt.DefaultCost)
	if err != nil {
		return "", fmt.Errorf("lock: %w", err)
	}
	return string(h), nil
}

func validPIN(pin string) bool {
	if len(pin) < 6 || len(pin) > 12 {
		return false
	}
	return strings.Trim(pin, "0123456789") == ""
}

// Open checks pin at now: nil when it is the admin PIN.
func (l *Lock) Open(pin string, now time.Time) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	switch {
	case len(l.hash) == 0:
		return ErrNoPIN
	case now.Before(l.until):
		return fmt.Errorf("%w (until %s)", ErrLocked, l.until.Format("15:04:05"))
	}
	if bcrypt.CompareHashAndPassword(l.hash, []byte(pin)) != nil {
		l.wrong++
		if l.wrong >= MaxTries {
			l.wrong, l.until = 0, now.Add(Cooldown)
		}
		return ErrWrongPIN
	}
	l.wrong = 0
	return nil
}
