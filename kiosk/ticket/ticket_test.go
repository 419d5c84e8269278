package ticket_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"vuoro/drivers/escpos"
	"vuoro/drivers/escpos/escpostest"
	"vuoro/kiosk/flow"
	"vuoro/kiosk/ticket"
	"vuoro/shared/golden"
	"vuoro/shared/i18n"
	"vuoro/shared/wire"
)

// issued is 10:15 in Helsinki (UTC+2 in November).
var issued = time.Date(2026, 11, 22, 8, 15, 0, 0, time.UTC)

func info(lang i18n.Lang, service string) flow.TicketInfo {
	return flow.TicketInfo{
		Ticket: wire.Ticket{CallID: "R19", Service: "vero-veroasiat", Ahead: 3, Issued: issued,
			Estimate: &wire.Estimate{Low: 10, High: 20}, Follow: wire.FollowPrefix + followToken},
		Lang:        lang,
		WaitingRoom: waitingRooms[lang],
		PublicURL:   "https://vuoro.lahti.fi/",
		Agency:      "Verohallinto",
		Service:     service,
		TimeZone:    "Europe/Helsinki",
	}
}

// followToken is a follow token as the hub makes them: 128 bits, base64url.
const followToken = "q83vEjRWeJCrze8SNFZ4kA"

// followLink is the link the tickets' QR codes hold.
const followLink = "https://vuoro.lahti.fi/follow/" + followToken

// waitingRooms is the waiting room's name as the catalog gives it.
var waitingRooms = map[i18n.Lang]string{i18n.FI: "Odotusaula Lahti", i18n.SV: "Väntsal Lahtis", i18n.EN: "Waiting room Lahti"}

var goldens = []struct {
	lang    i18n.Lang
	service string
	want    []string // lines the decoded receipt must hold
}{
	{i18n.FI, "Veroasiat", []string{"Kutsutunniste", "R19", "Tämä tuloste on henkilökohtainen", "Odotusaula:\nOdotusaula Lahti",
		"Käynti: Odotusaula Lahti, Veroasiat", "Edelläsi jonossa: 3", "Arvioitu odotusaika: noin 10-20 min", "22.11.2026 10:15",
		"Seuraa vuoroasi puhelimella:", `[QR M "` + followLink + `"]`, `[CODE128 "R19"]`}},
	{i18n.SV, "Skatteärenden", []string{"Könummer", "R19", "Denna utskrift är personlig", "Väntsal:\nVäntsal Lahtis",
		"Besök: Väntsal Lahtis, Skatteärenden", "Före dig i kön: 3", "Beräknad väntetid: cirka 10-20 min", "22.11.2026 10:15",
		"Följ din tur i telefonen:", `[QR M "` + followLink + `"]`, `[CODE128 "R19"]`}},
	{i18n.EN, "Tax matters", []string{"Queue number", "R19", "This printout is personal", "Waiting room:\nWaiting room Lahti",
		"Visit: Waiting room Lahti, Tax matters", "Ahead of you in the queue: 3", "Estimated wait: about 10-20 min", "22.11.2026 10:15",
		"Follow your turn on your phone:", `[QR M "` + followLink + `"]`, `[CODE128 "R19"]`}},
}

func TestGolden(t *testing.T) {
	for _, g := range goldens {
		t.Run(string(g.lang), func(t *testing.T) {
			got, err := ticket.Compose(info(g.lang, g.service), escpos.Paper80)
			if err != nil {
				t.Fatal(err)
			}
			golden.Bytes(t, "ticket-"+string(g.lang)+".bin", got)
		})
	}
}

// TestGoldenDecodes prints the goldens on the virtual printer and reads
// the texts back.
func TestGoldenDecodes(t *testing.T) {
	for _, g := range goldens {
		t.Run(string(g.lang), func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("testdata", "ticket-"+string(g.lang)+".bin"))
			if err != nil {
				t.Fatal(err)
			}
			text := printVirtual(t, b)
			for _, line := range g.want {
				if !strings.Contains(text, line) {
					t.Errorf("receipt lacks %q:\n%s", line, text)
				}
			}
		})
	}
}

// printVirtual prints b on a virtual printer and returns the receipt's text.
func printVirtual(t *testing.T, b []byte) string {
	t.Helper()
	v, err := escpostest.NewVirtual(t.TempDir(), escpos.Paper80)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := v.Write(b); err != nil {
		t.Fatal(err)
	}
	rs := v.Receipts()
	if len(rs) != 1 {
		t.Fatalf("the virtual printer cut %d receipts, want 1", len(rs))
	}
	return rs[0].Text()
}

func TestPrinter(t *testing.T) {
	dir := t.TempDir()
	v, err := escpostest.NewVirtual(dir, escpos.Paper80)
	if err != nil {
		t.Fatal(err)
	}
	if err := ticket.NewPrinter(v, escpos.Paper80).PrintTicket(info(i18n.FI, "Veroasiat")); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"ticket-0001.png", "ticket-0001.txt"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Error(err)
		}
	}
	if rs := v.Receipts(); len(rs) != 1 || !strings.Contains(rs[0].Text(), "R19") {
		t.Errorf("receipts = %+v", rs)
	}
}

func TestUnprintableNames(t *testing.T) {
	in := info(i18n.FI, "Vero – asiat “A” ☃")
	if _, err := ticket.Compose(in, escpos.Paper80); err != nil {
		t.Fatalf("a name with typographic characters: %v", err)
	}
}

func TestUnknownZoneFallsBackToHelsinki(t *testing.T) {
	for _, zone := range []string{"", "Mars/Olympus"} {
		in := info(i18n.FI, "Veroasiat")
		in.TimeZone = zone
		b, err := ticket.Compose(in, escpos.Paper80)
		if err != nil {
			t.Fatalf("zone %q: %v", zone, err)
		}
		if !bytes.Contains(b, []byte("22.11.2026 10:15")) {
			t.Errorf("zone %q: ticket lacks the Helsinki time", zone)
		}
	}
}
