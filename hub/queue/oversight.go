package queue

// RecordLogView logs that actor was shown the part of the event log the
// filter describes.
func (e *Engine) RecordLogView(actor, filter string) error {
	return e.do(func(*State) error {
		_, err := e.commit(actor, LogViewed{Filter: filter})
		return err
	})
}

// RecordLogExport logs that actor downloaded the part of the event log
// the filter describes.
func (e *Engine) RecordLogExport(actor, filter string) error {
	return e.do(func(*State) error {
		_, err := e.commit(actor, LogViewed{Filter: filter, Export: true})
		return err
	})
}
