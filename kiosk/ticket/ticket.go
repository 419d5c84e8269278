package ticket

import (
	"fmt"
	"io"
	"strings"
	"time"

	"vuoro/drivers/escpos"
	"vuoro/kiosk/flow"
	"vuoro/shared/i18n"
)

// DefaultZone is the time zone of a ticket whose site names none or an
// unknown one.
const DefaultZone = "Europe/Helsinki"

// Compose returns the ESC/POS bytes of the ticket described by info, for
// paper of the given width.
func Compose(info flow.TicketInfo, paper escpos.Paper) ([]byte, error) {
	e := escpos.NewEncoder(paper)
	e.Init()
	e.Align(escpos.AlignCenter)
	head(e, info)
	details(e, info)
	followCode(e, info)
	callIDCode(e, info.Ticket.CallID)
	e.Feed(3)
	e.Cut(true)
	b, err := e.Bytes()
	if err != nil {
		return nil, fmt.Errorf("ticket: %w", err)
	}
	return b, nil
}

// head prints the call id in large print and that the ticket is personal.
func head(e *escpos.Encoder, info flow.TicketInfo) {
	e.Line(tr(info.Lang, i18n.TicketCallID))
	e.Bold(true)
	e.Size(4, 4)
	e.Line(printable(info.Ticket.CallID))
	e.Size(1, 1)
	e.Bold(false)
	e.Feed(1)
	lines(e, tr(info.Lang, i18n.TicketPersonal))
	e.Feed(1)
}

// details prints where to wait, the visit, the queue, the estimated wait
// and the time.
func details(e *escpos.Encoder, info flow.TicketInfo) {
	room := printable(info.WaitingRoom)
	lines(e, tr(info.Lang, i18n.TicketWaitingRoom))
	e.Bold(true)
	lines(e, room)
	e.Bold(false)
	lines(e, tr(info.Lang, i18n.TicketVisit, room, printable(info.Service)))
	appointment(e, info)
	if info.Ticket.Offline { // issued without the hub: nobody knows who is ahead
		lines(e, tr(info.Lang, i18n.AheadUnknown))
	} else {
		lines(e, tr(info.Lang, i18n.TicketAhead, info.Ticket.Ahead))
	}
	if est := info.Ticket.Estimate; est != nil && !info.Ticket.Offline {
		lines(e, estimate(info.Lang, *est))
	}
	e.Feed(1)
	e.Line(info.Ticket.Issued.In(location(info.TimeZone)).Format("2.1.2006 15:04"))
}

// appointment prints an appointment's time and, large, the service point
// reserved for it.
func appointment(e *escpos.Encoder, info flow.TicketInfo) {
	if info.Appointment.IsZero() {
		return
	}
	lines(e, tr(info.Lang, i18n.TicketAppointment, info.Appointment.In(location(info.TimeZone)).Format("15:04")))
	if info.Room != "" {
		e.Bold(true)
		e.Size(2, 2)
		lines(e, tr(info.Lang, i18n.TicketRoom, printable(info.Room)))
		e.Size(1, 1)
		e.Bold(false)
	}
}

// The call id's barcode: 7 mm tall, no text under it (the id is printed
// large above), modules of 3 dots, or 2 if 3 do not fit.
const (
	codeHeight = 56
	codeModule = 3
)

// callIDCode prints the call id as a CODE128 barcode, for a reader at the
// counter, if it is printable ASCII that fits the paper; otherwise the
// ticket goes without it.
func callIDCode(e *escpos.Encoder, id string) {
	for _, module := range []int{codeModule, codeModule - 1} {
		if w, err := escpos.Code128Width(id, module); err == nil && w <= e.Paper().Dots() {
			e.Feed(1)
			e.Code128(id, escpos.Code128Options{Height: codeHeight, Module: module})
			return
		}
	}
}

// lines prints s word-wrapped to the paper's width, so the printer never
// breaks a word itself.
func lines(e *escpos.Encoder, s string) {
	for _, l := range wrap(s, e.Paper().Columns()) {
		e.Line(l)
	}
}

// tr is a printable message of the catalogue.
func tr(l i18n.Lang, k i18n.Key, args ...any) string { return printable(i18n.T(l, k, args...)) }

// location returns the named zone, falling back to DefaultZone and then to
// UTC: a ticket is printed even if the catalog names an unknown zone.
func location(zone string) *time.Location {
	for _, name := range []string{zone, DefaultZone} {
		if name == "" {
			continue
		}
		if loc, err := time.LoadLocation(name); err == nil {
			return loc
		}
	}
	return time.UTC
}

// printable replaces the characters the printer's code page lacks, so a
// catalog name with a typographic dash or quote still prints.
func printable(s string) string {
	if escpos.Encodable(s) == nil {
		return s
	}
	return strings.Map(func(r rune) rune {
		if replacement, ok := lookalikes[r]; ok {
			return replacement
		}
		if escpos.Encodable(string(r)) != nil {
			return '?'
		}
		return r
	}, s)
}

var lookalikes = map[rune]rune{
	'–': '-', '—': '-', '‘': '\'', '’': '\'', '“': '"', '”': '"', '…': '.', '\u00a0': ' ',
}

// Printer prints tickets on an ESC/POS printer; it is the kiosk's
// flow.Printer.
type Printer struct {
	out   *escpos.Printer
	paper escpos.Paper
}

// NewPrinter returns a Printer writing to w, the printer's connection,
// with escpos's default options: if w can be read, the printer's status
// is asked before each ticket.
func NewPrinter(w io.Writer, paper escpos.Paper) *Printer {
	return New(escpos.NewPrinter(w, nil), paper)
}

// New returns a Printer printing on p.
func New(p *escpos.Printer, paper escpos.Paper) *Printer {
	return &Printer{out: p, paper: paper}
}

// PrintTicket composes and prints one ticket. A printer that cannot print
// it (out of paper, cover open, offline, not answering, unplugged) is an
// error that wraps escpos's: errors.Is(err, escpos.ErrPaperOut) tells
// paper out.
func (p *Printer) PrintTicket(info flow.TicketInfo) error {
	b, err := Compose(info, p.paper)
	if err != nil {
		return err
	}
	if err := p.out.Print(b); err != nil {
		return fmt.Errorf("ticket: print %s: %w", info.Ticket.CallID, err)
	}
	return nil
}
