package flow

import (
	"context"
	"errors"
	"time"

	"vuoro/shared/wire"
)

type jobKind int

const (
	jobIssue jobKind = iota + 1
	jobHelp
	jobCheckin
)

// Job is work the model needs done off the UI goroutine: issuing and
// printing a ticket, or sending a help request. Run it once and hand its
// Result to Apply.
type Job struct {
	seq  uint64
	kind jobKind
	run  func(ctx context.Context) Result
}

// Run does the job and returns its result. It may block for as long as the
// model's timeouts allow; it touches no model state.
func (j *Job) Run(ctx context.Context) Result {
	r := j.run(ctx)
	r.seq, r.kind = j.seq, j.kind
	return r
}

// Result is the outcome of a Job, for Apply.
type Result struct {
	seq      uint64
	kind     jobKind
	ticket   *wire.Ticket
	checkin  *wire.Checkin // a matched appointment's check-in
	help     uint64        // the hub's id of a recorded help request
	err      error         // the hub's or the link's error
	printErr error
	// unprinted: the printer could not print, the number is on the
	// screen only (number-only check-in).
	unprinted  bool
	journalErr error
}

// Ticket returns the ticket the hub issued, if the job got one.
func (r Result) Ticket() (wire.Ticket, bool) {
	if r.ticket == nil {
		return wire.Ticket{}, false
	}
	return *r.ticket, true
}

// Err returns the job's error for a log, or nil.
func (r Result) Err() error { return errors.Join(r.err, r.printErr, r.journalErr) }

func (m *Model) newJob(k jobKind, run func(ctx context.Context) Result) *Job {
	m.seq++
	return &Job{seq: m.seq, kind: k, run: run}
}

// issueJob asks the hub for a ticket to svc and prints it. Everything it
// needs is copied now, so the citizen may switch language meanwhile.
func (m *Model) issueJob(svc wire.Service) *Job {
	iss, off, prn, timeout := m.opts.Issuer, m.opts.Offline, m.opts.Printer, m.opts.IssueTimeout
	ps, journal := m.opts.PrinterStatus, m.opts.Journal
	info, offline := m.ticketInfo(svc), m.offline()
	return m.newJob(jobIssue, func(ctx context.Context) Result {
		ctx, cancel := context.WithTimeout(ctx, timeout)
		defer cancel()
		t, err := issue(ctx, iss, off, offline, svc.ID, string(info.Lang), info.TimeZone)
		if err != nil {
			return Result{err: err}
		}
		info.Ticket = t
		r := printTicket(prn, ps, journal, info)
		r.ticket = &t
		return r
	})
}

func (m *Model) ticketInfo(svc wire.Service) TicketInfo { return infoFor(m.catalog, m.lang, svc.ID) }

// Apply takes the result of a job the model handed out. A result the model
// no longer waits for (a help request from before a reset) is dropped.
func (m *Model) Apply(r Result) {
	switch {
	case r.kind == jobIssue && r.seq == m.issuing:
		m.applyIssue(r)
	case r.kind == jobHelp && r.seq == m.helping:
		m.applyHelp(r)
	case r.kind == jobCheckin && r.seq == m.appt.job:
		m.appt.job, m.appt.checked, m.appt.opensAt = 0, r.checkin, opensAt(r.err)
		m.applyTicket(r)
	}
}

func (m *Model) applyIssue(r Result) {
	m.issuing = 0
	m.applyTicket(r)
}

// applyTicket shows an issued and printed ticket, or why not.
func (m *Model) applyTicket(r Result) {
	m.touch()
	switch {
	case r.err != nil:
		m.fail(failureOf(r.err))
	case r.unprinted:
		m.ticket, m.unprinted = r.ticket, true
		m.screen = ScreenSuccess
		m.closing = true
	case r.printErr != nil:
		m.ticket = r.ticket
		m.fail(failPrinter)
	default:
		m.ticket = r.ticket
		m.screen = ScreenSuccess
		m.closing = true
	}
}

// failureOf maps an Issuer's error to what the citizen is told.
func failureOf(err error) failure {
	var ref refusal
	if !errors.As(err, &ref) {
		return failUnavailable
	}
	switch ref.RefusalCode() {
	case wire.ErrCodeClosed:
		return failClosed
	case wire.ErrCodeFull:
		return failFull
	case wire.ErrCodeNoMatch:
		return failNoMatch
	case wire.ErrCodeAmbiguous:
		return failAmbiguous
	case wire.ErrCodeTooEarly:
		return failTooEarly
	case wire.ErrCodeTooLate:
		return failTooLate
	}
	return failUnavailable
}

// opensAt is when check-in opens, for a refusal as too early that says.
func opensAt(err error) time.Time {
	var e interface{ RefusalOpensAt() time.Time }
	if errors.As(err, &e) {
		return e.RefusalOpensAt()
	}
	return time.Time{}
}
