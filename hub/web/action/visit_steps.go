package action

import (
	"vuoro/hub/queue"
)

// The steps of a visit that take nothing but the visit: recall, start,
// no-show, hold, resume and end.
var (
	_ = step("recall", "done.recalled", (*queue.Engine).Recall)
	_ = step("start", "done.started", (*queue.Engine).Start)
	_ = step("noshow", "done.noshow", (*queue.Engine).NoShow)
	_ = step("hold", "done.held", (*queue.Engine).Hold)
	_ = step("resume", "done.resumed", (*queue.Engine).Resume)
	_ = step("end", "done.ended", (*queue.Engine).End)
)

// step defines a clerk's action on one visit of their queues, at
// POST /api/v1/visits/{ticket}/{name}.
func step(name, done string, cmd func(*queue.Engine, string, uint64) (queue.Ticket, error)) *Action {
	return define(Action{Name: name, Least: queue.RoleClerk, Scope: []Scope{VisitQueue},
		Routes: []string{"POST /api/v1/visits/{ticket}/" + name}},
		visitCmd(done, func(e *queue.Engine, actor string, r *visitRef) (queue.Ticket, error) { return cmd(e, actor, r.Ticket) }))
}
