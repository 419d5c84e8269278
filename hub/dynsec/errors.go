package dynsec

import (
	"errors"
	"fmt"
	"strings"
)

var (
	// ErrTimeout is a command the broker did not answer in time: it is
	// down, or the account lacks the control topic.
	ErrTimeout = errors.New("dynsec: the broker did not answer the command")
	// ErrNotFound is a client or role the broker does not have.
	ErrNotFound = errors.New("dynsec: not found")
	// ErrExists is a client or role the broker has already.
	ErrExists = errors.New("dynsec: already exists")
)

// CommandError is a command the plugin refused, with its own words.
type CommandError struct {
	Command string
	Message string // "Client not found", "Role already exists", …
}

func (e *CommandError) Error() string {
	return fmt.Sprintf("dynsec: %s: %s", e.Command, e.Message)
}

// Is makes errors.Is(err, ErrNotFound) and ErrExists true of the plugin's
// refusals that say so.
func (e *CommandError) Is(target error) bool {
	m := strings.ToLower(e.Message)
	switch target {
	case ErrNotFound:
		return strings.Contains(m, "not found")
	case ErrExists:
		return strings.Contains(m, "already exists")
	}
	return false
}
