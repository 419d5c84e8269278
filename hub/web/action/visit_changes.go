package action

import (
	"vuoro/hub/queue"
)

// The changes to a visit: back to waiting, the number of persons,
// priority, a message, a move to another queue, and deletion.

// returnReq sends a visit back to wait, at its place or at the end.
type returnReq struct {
	visitRef
	KeepPlace bool `json:"keep_place"`
}

var _ = define(Action{Name: "return", Least: queue.RoleClerk, Scope: []Scope{VisitQueue},
	Routes: []string{"POST /api/v1/visits/{ticket}/return"}},
	visitCmd("done.returned", func(e *queue.Engine, actor string, r *returnReq) (queue.Ticket, error) {
		return e.Return(actor, r.Ticket, r.KeepPlace)
	}))

// personsReq sets how many persons a visit is for.
type personsReq struct {
	visitRef
	Persons int `json:"persons"`
}

var _ = define(Action{Name: "persons", Least: queue.RoleClerk, Scope: []Scope{VisitQueue},
	Routes: []string{"POST /api/v1/visits/{ticket}/persons"}},
	visitCmd("done.persons", func(e *queue.Engine, actor string, r *personsReq) (queue.Ticket, error) {
		return e.SetPersons(actor, r.Ticket, r.Persons)
	}))

// priorityReq gives a waiting visit priority, or takes it away.
type priorityReq struct {
	visitRef
	Priority bool `json:"priority"`
}

var _ = define(Action{Name: "priority", Least: queue.RoleClerk, Scope: []Scope{VisitQueue},
	Routes: []string{"POST /api/v1/visits/{ticket}/priority"}},
	visitCmd("done.priority", func(e *queue.Engine, actor string, r *priorityReq) (queue.Ticket, error) {
		return e.SetPriority(actor, r.Ticket, r.Priority)
	}))

// messageReq adds a message to a visit, for the clerks who serve it.
type messageReq struct {
	visitRef
	Text string `json:"text"` // personal data: never logged
}

var _ = define(Action{Name: "message", Least: queue.RoleClerk, Scope: []Scope{VisitQueue},
	Routes: []string{"POST /api/v1/visits/{ticket}/messages"}},
	visitCmd("done.message", func(e *queue.Engine, actor string, r *messageReq) (queue.Ticket, error) {
		return e.AddMessage(actor, r.Ticket, r.Text)
	}))

// transferReq moves a visit to another of the advisor's queues.
type transferReq struct {
	visitRef
	To       string `json:"to"`
	Position string `json:"position"` // front, end, original
}

func (r transferReq) target() string { return r.To }

var _ = define(Action{Name: "transfer", Least: queue.RoleAdvisor, Scope: []Scope{TargetQueue, VisitQueue},
	Routes: []string{"POST /api/v1/visits/{ticket}/transfer"}},
	visitCmd("done.transferred", func(e *queue.Engine, actor string, r *transferReq) (queue.Ticket, error) {
		return e.Transfer(actor, r.Ticket, r.To, queue.Position(r.Position))
	}))

// deleteReq deletes a needless registration, with a reason.
type deleteReq struct {
	visitRef
	Reason string `json:"reason"` // personal data: never logged
}

var _ = define(Action{Name: "delete", Least: queue.RoleAdvisor, Scope: []Scope{VisitQueue},
	Routes: []string{"POST /api/v1/visits/{ticket}/delete"}},
	visitCmd("done.deleted", func(e *queue.Engine, actor string, r *deleteReq) (queue.Ticket, error) {
		return e.Delete(actor, r.Ticket, r.Reason)
	}))
