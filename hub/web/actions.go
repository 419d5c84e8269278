package web

import (
	"vuoro/hub/queue"
)

// action is one thing a console user does, the same from a form and from
// the API: the least role that may do it, and what it does.
type action struct {
	least queue.Role
	room  bool // calls to the user's room: a form takes it from the session
	run   func(s *Server, c queue.Clerk, in input) (outcome, error)
}

// outcome is what an action did: the API's answer and the console's note.
type outcome struct {
	Value any
	Note  note
}

// actions are every action by name; forms post to /console/{name}.
var actions map[string]action

func init() {
	const clerk, advisor, admin, siteAdmin = queue.RoleClerk, queue.RoleAdvisor, queue.RoleAdmin, queue.RoleSiteAdmin
	actions = map[string]action{
		"call":               {least: clerk, room: true, run: (*Server).callNext},
		"call-ticket":        {least: clerk, room: true, run: (*Server).callTicket},
		"recall":             visit(clerk, "done.recalled", (*queue.Engine).Recall),
		"start":              visit(clerk, "done.started", (*queue.Engine).Start),
		"noshow":             visit(clerk, "done.noshow", (*queue.Engine).NoShow),
		"hold":               visit(clerk, "done.held", (*queue.Engine).Hold),
		"resume":             visit(clerk, "done.resumed", (*queue.Engine).Resume),
		"end":                visit(clerk, "done.ended", (*queue.Engine).End),
		"return":             visitWith(clerk, "done.returned", returnVisit),
		"persons":            visitWith(clerk, "done.persons", setPersons),
		"priority":           visitWith(clerk, "done.priority", setPriority),
		"message":            visitWith(clerk, "done.message", addMessage),
		"transfer":           toOwnQueue(visitWith(advisor, "done.transferred", transfer)),
		"delete":             visitWith(advisor, "done.deleted", deleteVisit),
		"pause":              {least: clerk, run: (*Server).pause},
		"book":               {least: advisor, run: (*Server).book},
		"checkin":            {least: advisor, run: ownAppointment((*Server).checkIn)},
		"cancel-appointment": {least: advisor, run: ownAppointment((*Server).cancelAppointment)},
		"ack-help":           {least: advisor, run: (*Server).ackHelp},
		"close-help":         {least: advisor, run: (*Server).closeHelp},
		"configure":          {least: admin, run: (*Server).configure},
		"add-user":           {least: admin, run: (*Server).addUser},
		"disable-user":       {least: admin, run: (*Server).disableUser},
		"set-password":       {least: admin, run: (*Server).setPassword},
		"add-room":           {least: siteAdmin, run: (*Server).addRoom},
		"site":               {least: siteAdmin, run: (*Server).setSite},
	}
	for name, a := range catalogActions {
		actions[name] = a
	}
}

// perform checks c's role and runs the action.
func (s *Server) perform(c queue.Clerk, a action, in input) (outcome, error) {
	if !may(c, a.least) {
		return outcome{}, errNoRight
	}
	return a.run(s, c, in)
}

// visitCmd is an engine command on one visit.
type visitCmd func(s *Server, actor string, in input) (queue.Ticket, error)

// visit adapts an engine command that takes only the visit.
func visit(least queue.Role, done string, cmd func(*queue.Engine, string, uint64) (queue.Ticket, error)) action {
	return visitWith(least, done, func(s *Server, a string, in input) (queue.Ticket, error) { return cmd(s.eng, a, in.Ticket) })
}

// visitWith adapts a command on one visit in one of the user's queues.
func visitWith(least queue.Role, done string, cmd visitCmd) action {
	return action{least: least, run: func(s *Server, c queue.Clerk, in input) (outcome, error) {
		if err := s.ticketInScope(c, in.Ticket); err != nil {
			return outcome{}, err
		}
		t, err := cmd(s, actor(c), in)
		if err != nil {
			return outcome{}, err
		}
		return outcome{Value: maskedVisit(t), Note: say(done, t.CallID)}, nil
	}}
}

func returnVisit(s *Server, a string, in input) (queue.Ticket, error) {
	return s.eng.Return(a, in.Ticket, in.KeepPlace)
}

func setPersons(s *Server, a string, in input) (queue.Ticket, error) {
	return s.eng.SetPersons(a, in.Ticket, in.Persons)
}

func setPriority(s *Server, a string, in input) (queue.Ticket, error) {
	return s.eng.SetPriority(a, in.Ticket, in.Priority)
}

func addMessage(s *Server, a string, in input) (queue.Ticket, error) {
	return s.eng.AddMessage(a, in.Ticket, in.Text)
}

func deleteVisit(s *Server, a string, in input) (queue.Ticket, error) {
	return s.eng.Delete(a, in.Ticket, in.Reason)
}

// toOwnQueue checks first that a transfer's target is one of the user's
// queues.
func toOwnQueue(a action) action {
	run := a.run
	a.run = func(s *Server, c queue.Clerk, in input) (outcome, error) {
		if err := s.inScope(c, in.To); err != nil {
			return outcome{}, err
		}
		return run(s, c, in)
	}
	return a
}

func transfer(s *Server, a string, in input) (queue.Ticket, error) {
	return s.eng.Transfer(a, in.Ticket, in.To, queue.Position(in.Position))
}
