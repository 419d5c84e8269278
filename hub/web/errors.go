package web

import (
	"errors"
	"fmt"
	"net/http"
	"strings"

	"vuoro/hub/queue"
	"vuoro/shared/i18n"
)

// The console's own reasons to refuse an action. None of them ever quotes
// what the user typed, so no personal data reaches an error or a log.
var (
	errNoRight   = errors.New("web: your role does not allow this")
	errNotYours  = errors.New("web: not one of your queues")
	errNoRoom    = fmt.Errorf("%w: choose your room first", queue.ErrInvalid)
	errPassword  = fmt.Errorf("%w: a password needs %d to 72 bytes", queue.ErrInvalid, minPassword)
	errHETU      = fmt.Errorf("%w: not a valid personal identity code", queue.ErrInvalid)
	errTime      = fmt.Errorf("%w: a date and time like 2026-11-23T10:00", queue.ErrInvalid)
	errSelf      = fmt.Errorf("%w: you cannot disable yourself", queue.ErrInvalid)
	errNoHelp    = fmt.Errorf("%w: no such open help request", queue.ErrNotFound)
	errLogFilter = fmt.Errorf("%w: log filter", queue.ErrInvalid)
)

// errNotYourUser refuses a user, a role or a grant beyond an admin's
// agencies.
var errNotYourUser = errors.New("web: not a user of your agencies")

// status maps an action's error to an HTTP status.
func status(err error) int {
	switch {
	case errors.Is(err, errNoRight), errors.Is(err, errNotYours), errors.Is(err, errNotYourUser):
		return http.StatusForbidden
	case errors.Is(err, queue.ErrNotFound):
		return http.StatusNotFound
	case errors.Is(err, queue.ErrInvalid):
		return http.StatusBadRequest
	case errors.Is(err, queue.ErrEmpty), errors.Is(err, queue.ErrBusy), errors.Is(err, queue.ErrRoomInUse),
		errors.Is(err, queue.ErrTransition), errors.Is(err, queue.ErrClosed), errors.Is(err, queue.ErrExists),
		errors.Is(err, queue.ErrFull), errors.Is(err, queue.ErrPaused), errors.Is(err, queue.ErrInUse):
		return http.StatusConflict
	}
	return http.StatusInternalServerError
}

// errKeys names the catalogue text of each error, the specific first.
var errKeys = []struct {
	err error
	key string
}{
	{errNoRight, "err.no_right"}, {errNotYours, "err.not_yours"}, {errNotYourUser, "err.not_your_user"},
	{errNoRoom, "err.no_room"},
	{errPassword, "err.password"}, {errHETU, "err.hetu"}, {errTime, "err.time"}, {errSelf, "err.self"},
	{errNoHelp, "err.no_help"}, {errLogFilter, "err.log_filter"},
	{queue.ErrEmpty, "err.empty"}, {queue.ErrBusy, "err.busy"}, {queue.ErrRoomInUse, "err.room_in_use"},
	{queue.ErrTransition, "err.transition"}, {queue.ErrClosed, "err.closed"}, {queue.ErrFull, "err.full"},
	{queue.ErrPaused, "err.paused"}, {queue.ErrExists, "err.exists"}, {queue.ErrNotFound, "err.not_found"},
}

// errText says what went wrong in the reader's language.
func errText(lang i18n.Lang, err error) string {
	for _, k := range errKeys {
		if errors.Is(err, k.err) {
			return tr(lang, k.key)
		}
	}
	if errors.Is(err, queue.ErrInUse) {
		return tr(lang, "err.in_use", strings.TrimPrefix(err.Error(), queue.ErrInUse.Error()+": "))
	}
	if errors.Is(err, queue.ErrInvalid) {
		return tr(lang, "err.invalid", strings.TrimPrefix(err.Error(), queue.ErrInvalid.Error()+": "))
	}
	return tr(lang, "err.failed")
}
