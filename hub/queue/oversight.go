package queue

// The kinds of event that record oversight: help answered, the log read.
const (
	KindHelpAcked = "kiosk.help.acked"
	KindLogViewed = "log.viewed"
)

// HelpAcked is the payload of KindHelpAcked: the help request, by the
// sequence number of its event, that an advisor went to answer.
type HelpAcked struct {
	Help uint64 `json:"help"`
}

// LogViewed is the payload of KindLogViewed: which part of the event log
// an admin was shown. It never holds personal data.
type LogViewed struct {
	Filter string `json:"filter"`
}

// RecordLogView logs that actor was shown the part of the event log the
// filter describes.
func (e *Engine) RecordLogView(actor, filter string) error {
	return e.do(func(*State) error {
		_, err := e.commit(actor, KindLogViewed, LogViewed{Filter: filter})
		return err
	})
}
