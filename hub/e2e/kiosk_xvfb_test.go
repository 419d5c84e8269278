package e2e

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"vuoro/hub/queue"
)

// card is what the citizen's Kela card carries as its barcode: her
// henkilötunnus (a test identity, individual number 900-999).
const card = "010280-952L"

// The real kiosk program on a virtual screen, checked in by a citizen who
// came for her appointment: she reads her Kela card at the barcode reader,
// gets a ticket with her number and room, and the clerk calling the queue
// gets her. Another citizen types his name and time on the screen's
// keyboard. Screenshots of each step (FI; the success screen also in SV
// and EN) go to $VUORO_SHOTS.
func TestKioskProgramChecksInAppointments(t *testing.T) {
	s := startScreen(t)
	h := startHub(t, t.TempDir(), "")
	t.Cleanup(func() { h.Close() })
	admin, advisor := newConsole(t, h, "paakayttaja"), newConsole(t, h, "neuvoja")
	// Aspa 4 is Vero's own point and Aspa 5 Kela's: their appointments
	// reserve them, and the tickets print them.
	for room, agency := range map[string]string{"4": "vero", "5": "kela"} {
		body := map[string]any{"name": "Aspa " + room, "floor": 1, "capacity": 2, "agencies": []string{agency}}
		if code := admin.send(t, "PUT", "/api/v1/rooms/"+room, body, nil); code != 200 {
			t.Fatalf("room %s for %s: HTTP %d", room, agency, code)
		}
	}
	loc, _ := time.LoadLocation("Europe/Helsinki")
	now := time.Now().In(loc).Truncate(time.Minute)
	aino := book(t, advisor, "vero-veroasiat", now, "Aino Virtanen", card)
	pekka := book(t, advisor, "kela-asiointi", now.Add(5*time.Minute), "Pekka Mäkelä", "")
	if aino.Room != "4" || pekka.Room != "5" {
		t.Fatalf("the appointments are in rooms %q and %q, want 4 and 5", aino.Room, pekka.Room)
	}
	k := startKioskProgram(t, h, s)

	// By card: agency, "I have an appointment", the card at the reader.
	s.shot(t, "kiosk-1-start-fi")
	s.tap(t, tapStart)
	s.shot(t, "kiosk-2-agency-fi")
	s.tap(t, tapVero)
	s.shot(t, "kiosk-3-kind-fi")
	s.tap(t, tapHaveAppointment)
	s.shot(t, "kiosk-4-appointment-fi")
	k.scan(t, card)
	printed := k.ticket(t, 1, "R1")
	t.Logf("ticket by card:\n%s", printed)
	s.shot(t, "kiosk-5-card-success-fi")
	if !strings.Contains(printed, "Huone / Room 4") || strings.Contains(printed, "952L") || strings.Contains(printed, "Virtanen") {
		t.Errorf("the ticket lacks the room 4, or shows the citizen's identity code or surname:\n%s", printed)
	}
	for _, lang := range []struct {
		at   point
		name string
	}{{tapSV, "sv"}, {tapEN, "en"}} {
		s.tap(t, lang.at)
		s.shot(t, "kiosk-5-card-success-"+lang.name)
	}
	s.tap(t, tapFI)
	if got := arrived(t, advisor, aino.ID); got != "R1" {
		t.Errorf("the hub lists Aino's appointment as checked in as %q, want R1", got)
	}
	if v := newConsole(t, h, "vero").call(t, "vero-veroasiat", "4"); v.CallID != "R1" {
		t.Errorf("the Vero clerk calling Veroasiat at the appointment's time got %q, want R1", v.CallID)
	}

	// By name and time, typed on the on-screen keyboard.
	s.tap(t, tapCancel)
	s.tap(t, tapStart)
	s.tap(t, tapKela)
	s.tap(t, tapHaveAppointment)
	s.tap(t, tapTypeInstead)
	s.shot(t, "kiosk-6-typing-fi")
	s.tap(t, tapNameField)
	s.typeText(t, "Pekka Mäkelä")
	s.tap(t, tapTimeField)
	s.typeText(t, pekka.At.In(loc).Format("15:04"))
	s.shot(t, "kiosk-7-typed-fi")
	s.tap(t, tapJatka)
	printed = k.ticket(t, 2, "K1")
	t.Logf("ticket by name and time:\n%s", printed)
	s.shot(t, "kiosk-8-typed-success-fi")
	if !strings.Contains(printed, "Huone / Room 5") || strings.Contains(printed, "Mäkelä") {
		t.Errorf("the ticket lacks the room 5, or shows the citizen's surname:\n%s", printed)
	}
	if got := arrived(t, advisor, pekka.ID); got != "K1" {
		t.Errorf("the hub lists Pekka's appointment as checked in as %q, want K1", got)
	}
	t.Logf("screenshots in %s", s.shots)
}

// book books an appointment as an advisor does in the console.
func book(t *testing.T, c *console, service string, at time.Time, name, hetu string) queue.Appointment {
	t.Helper()
	var a queue.Appointment
	body := map[string]string{"service": service, "at": at.Format("2006-01-02T15:04"), "name": name, "hetu": hetu}
	if code := c.do(t, "/api/v1/appointments", body, &a); code != 200 {
		t.Fatalf("book %s at %s: HTTP %d", service, body["at"], code)
	}
	return a
}

// arrived is the call id the console lists the appointment id as checked
// in as; "" if it is not.
func arrived(t *testing.T, c *console, id uint64) string {
	t.Helper()
	var rows []struct {
		ID      uint64 `json:"id"`
		CallID  string `json:"call_id"`
		Arrived bool   `json:"arrived"`
	}
	if code := c.send(t, "GET", "/api/v1/appointments", nil, &rows); code != 200 {
		t.Fatalf("appointments: HTTP %d", code)
	}
	for _, r := range rows {
		if r.ID == id && r.Arrived {
			return r.CallID
		}
	}
	return fmt.Sprintf("not arrived in %+v", rows)
}
