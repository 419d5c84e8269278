package web

import (
	"errors"
	"fmt"
	"net/http"
	"strings"

	"vuoro/hub/queue"
	"vuoro/hub/web/action"
	"vuoro/hub/web/authz"
	"vuoro/shared/i18n"
)

// errLogFilter refuses a filter of the log browser. The actions' reasons
// to refuse are in hub/web/action and hub/web/authz; none of them ever
// quotes what the user typed, so no personal data reaches an error or a
// log.
var errLogFilter = fmt.Errorf("%w: log filter", queue.ErrInvalid)

// errStreamUser ends a live stream whose user logged out or was disabled.
var errStreamUser = errors.New("web: the stream's user is no longer logged in")

// status maps an action's error to an HTTP status.
func status(err error) int {
	switch {
	case errors.Is(err, authz.ErrNoRight), errors.Is(err, authz.ErrNotYours), errors.Is(err, authz.ErrNotYourUser):
		return http.StatusForbidden
	case errors.Is(err, queue.ErrNotFound):
		return http.StatusNotFound
	case errors.Is(err, queue.ErrInvalid):
		return http.StatusBadRequest
	case errors.Is(err, queue.ErrEmpty), errors.Is(err, queue.ErrBusy), errors.Is(err, queue.ErrRoomInUse),
		errors.Is(err, queue.ErrRoomStaffed), errors.Is(err, queue.ErrNoRoom),
		errors.Is(err, queue.ErrTransition), errors.Is(err, queue.ErrClosed), errors.Is(err, queue.ErrExists),
		errors.Is(err, queue.ErrFull), errors.Is(err, queue.ErrPaused), errors.Is(err, queue.ErrInUse),
		errors.Is(err, queue.ErrTaken):
		return http.StatusConflict
	}
	return http.StatusInternalServerError
}

// errKeys names the catalogue text of each error, the specific first.
var errKeys = []struct {
	err error
	key string
}{
	{action.ErrNotYourAgency, "err.not_your_agency"}, {authz.ErrNoRight, "err.no_right"}, {authz.ErrNotYours, "err.not_yours"}, {authz.ErrNotYourUser, "err.not_your_user"},
	{action.ErrNoRoom, "err.no_room"}, {queue.ErrNoRoom, "err.no_room"}, {queue.ErrRoomStaffed, "err.room_staffed"},
	{queue.ErrInfoLine, "err.info_line"},
	{action.ErrPassword, "err.password"}, {action.ErrHETU, "err.hetu"}, {action.ErrTime, "err.time"}, {action.ErrSelf, "err.self"},
	{action.ErrNoHelp, "err.no_help"}, {action.ErrNoDevices, "err.no_devices"}, {errLogFilter, "err.log_filter"},
	{queue.ErrEmpty, "err.empty"}, {queue.ErrBusy, "err.busy"}, {queue.ErrRoomInUse, "err.room_in_use"},
	{queue.ErrTransition, "err.transition"}, {queue.ErrClosed, "err.closed"}, {queue.ErrFull, "err.full"},
	{queue.ErrPaused, "err.paused"}, {queue.ErrTaken, "err.taken"}, {queue.ErrExists, "err.exists"}, {queue.ErrNotFound, "err.not_found"},
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
