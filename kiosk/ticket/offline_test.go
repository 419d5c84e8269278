package ticket_test

import (
	"strings"
	"testing"

	"vuoro/drivers/escpos"
	"vuoro/drivers/escpos/escpostest"
	"vuoro/kiosk/ticket"
	"vuoro/shared/golden"
	"vuoro/shared/i18n"
)

// A ticket the kiosk issued without the hub says, in its language, that
// the number of people ahead is not known, and never prints a count.
func TestAnOfflineTicketSaysAheadIsNotKnown(t *testing.T) {
	for _, g := range goldens {
		t.Run(string(g.lang), func(t *testing.T) {
			in := info(g.lang, g.service)
			in.Ticket.Offline, in.Ticket.Ahead = true, 0
			in.Ticket.Estimate, in.Ticket.Follow = nil, "" // the hub gives them; it was not reached
			b, err := ticket.Compose(in, escpos.Paper80)
			if err != nil {
				t.Fatal(err)
			}
			rs, err := escpostest.Decode(b)
			if err != nil || len(rs) != 1 {
				t.Fatalf("Decode = %d receipts, %v", len(rs), err)
			}
			text := strings.ReplaceAll(rs[0].Text(), "\n", " ")
			first, _, _ := strings.Cut(i18n.T(g.lang, i18n.AheadUnknown), " ")
			if !strings.Contains(text, first) || strings.Contains(text, i18n.T(g.lang, i18n.TicketAhead, 0)) {
				t.Fatalf("offline ticket reads %q", text)
			}
			golden.PNG(t, "ticket-offline-"+string(g.lang)+"-80.png", escpostest.Render(rs[0], escpos.Paper80))
		})
	}
}
