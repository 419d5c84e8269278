package ticket_test

import (
	"strings"
	"testing"
	"time"

	"vuoro/drivers/escpos"
	"vuoro/drivers/escpos/escpostest"
	"vuoro/kiosk/ticket"
	"vuoro/shared/golden"
	"vuoro/shared/i18n"
)

// An appointment's ticket prints its time and its room, large; never the
// citizen's name. Rendered to PNG for a look (testdata/appointment-*.png).
func TestAppointmentTicket(t *testing.T) {
	want := map[i18n.Lang][]string{
		i18n.FI: {"Ajanvaraus klo 13:00", "Huone / Room 6", "Käynti: Odotusaula Lahti, Veroasiat"},
		i18n.SV: {"Bokad tid kl. 13:00", "Rum / Room 6", "Besök: Väntsal Lahtis, Skatteärenden"},
		i18n.EN: {"Appointment at 13:00", "Room 6", "Visit: Waiting room Lahti, Tax matters"},
	}
	services := map[i18n.Lang]string{i18n.FI: "Veroasiat", i18n.SV: "Skatteärenden", i18n.EN: "Tax matters"}
	for lang, lines := range want {
		t.Run(string(lang), func(t *testing.T) {
			in := info(lang, services[lang])
			in.Appointment, in.Room = time.Date(2026, 11, 22, 11, 0, 0, 0, time.UTC), "6"
			b, err := ticket.Compose(in, escpos.Paper80)
			if err != nil {
				t.Fatal(err)
			}
			text := printVirtual(t, b)
			for _, l := range lines {
				if !strings.Contains(text, l) {
					t.Errorf("receipt lacks %q:\n%s", l, text)
				}
			}
			rs, err := escpostest.Decode(b)
			if err != nil || len(rs) != 1 {
				t.Fatalf("Decode = %d receipts, %v", len(rs), err)
			}
			golden.PNG(t, "appointment-"+string(lang)+".png", escpostest.Render(rs[0], escpos.Paper80))
		})
	}
}
