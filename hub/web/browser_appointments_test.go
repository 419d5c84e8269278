package web_test

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"vuoro/hub/browsertest"
	"vuoro/hub/queue"
)

// inLangs audits the page at path in Swedish and English and saves a
// screenshot of it in each of FI, SV and EN, then leaves it in Finnish.
func inLangs(t *testing.T, ctx context.Context, base, path, name string) {
	t.Helper()
	sep := "?"
	if strings.Contains(path, "?") {
		sep = "&"
	}
	for _, l := range []string{"sv", "en", "fi"} {
		do(t, ctx, chromedp.Navigate(base+path+sep+"lang="+l))
		audit(t, ctx, name+" "+l)
		browsertest.Shot(t, ctx, name+"-"+l)
	}
}

// The "done when": in the console a clerk finds a free service
// point for 13–14 tomorrow, books it, books an appointment in it, and
// cancels the point's booking.
func TestBrowserPointThenAppointment(t *testing.T) {
	h := newHub(t)
	ctx := browsertest.Start(t, 1400, 1100)
	browserLogin(t, ctx, h.srv.URL, "admin", "/console/points")
	do(t, ctx, chromedp.SetValue(chromedp.ID("p-day"), "2026-11-24"), chromedp.SetValue(chromedp.ID("p-from"), "13:00"),
		chromedp.SetValue(chromedp.ID("p-to"), "14:00"))
	submit(t, ctx, chromedp.ID("p-search"))
	if got := text(t, ctx, "#point-1-availability"); got != "Vapaa koko päivän" {
		t.Fatalf("Aspa 1 on a free day says %q", got)
	}
	submit(t, ctx, chromedp.ID("book-1-open"))
	do(t, ctx, chromedp.SendKeys(chromedp.ID("b-name"), "Veroasiat, ajanvaraukset"),
		chromedp.SetValue(chromedp.ID("b-from"), "13:00"), chromedp.SetValue(chromedp.ID("b-to"), "14:00"))
	submit(t, ctx, chromedp.ID("book-1-submit"))
	do(t, ctx, chromedp.Navigate(h.srv.URL+"/console/points?day=2026-11-24"))
	if got := text(t, ctx, "#point-1-availability"); !strings.Contains(got, "13:00") || !strings.Contains(got, "14:00") {
		t.Fatalf("after booking 13–14 Aspa 1 says %q", got)
	}
	inLangs(t, ctx, h.srv.URL, "/console/points?day=2026-11-24&from=13:00&to=14:00&show=1", "console-points")

	do(t, ctx, chromedp.Navigate(h.srv.URL+"/console/appointments?day=2026-11-24"),
		chromedp.SetValue(chromedp.ID("book-service"), "vero-veroasiat"), chromedp.SetValue(chromedp.ID("book-at"), "2026-11-24T13:00"),
		chromedp.SetValue(chromedp.ID("book-minutes"), "45"), chromedp.SetValue(chromedp.ID("book-room"), "1"),
		chromedp.SetValue(chromedp.ID("book-clerk"), "vero"), chromedp.SendKeys(chromedp.ID("book-name"), "Maija Meikäläinen"))
	submit(t, ctx, chromedp.ID("book"))
	row := text(t, ctx, "#appointments tbody tr")
	for _, want := range []string{"13:00–13:45", "45 min", "Veroasiat", "Aspa 1", "M. M.", "Varattu"} {
		if !strings.Contains(row, want) {
			t.Fatalf("the appointment's row %q lacks %q", row, want)
		}
	}
	var a queue.Appointment
	h.eng.Read(func(st *queue.State) { a = st.Appointments("vero-veroasiat", "2026-11-24")[0] })
	if a.Room != "1" || a.Minutes != 45 || a.Clerk != "vero" {
		t.Fatalf("booked %+v, want in room 1 for 45 min with vero", a)
	}

	do(t, ctx, chromedp.Navigate(h.srv.URL+"/console/points?day=2026-11-24&show=1"))
	submit(t, ctx, chromedp.CSS(`#bookings-1 button[id$="-day"]`))
	if got := text(t, ctx, "#point-1-availability"); got != "Vapaa koko päivän" {
		t.Fatalf("after cancelling Aspa 1 says %q", got)
	}
}

// The Varatut ajat tab lists the day's appointments in every state, the
// name in full only to the clerk whose work needs it.
func TestBrowserAppointmentStates(t *testing.T) {
	h := newHub(t)
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	loc, _ := time.LoadLocation("Europe/Helsinki")
	must(h.eng.ConfigureService("system", "vero-veroasiat",
		queue.Settings{CheckIn: queue.Window{Early: 30 * time.Minute, Late: 10 * time.Minute, Policy: queue.LateWalkIn}}, nil))
	book := func(hh, mm int, name, clerk string) queue.Appointment {
		a, err := h.eng.BookAppointment("clerk:neuvoja", queue.AppointmentBooking{Service: "vero-veroasiat",
			At: time.Date(2026, 11, 23, hh, mm, 0, 0, loc), Minutes: 30, Room: "2", Clerk: clerk, Person: queue.Person{Name: name}})
		must(err)
		return a
	}
	noshow := book(9, 0, "Anna Aaltonen", "")
	late := book(9, 30, "Bertta Berg", "")
	served, called, waiting := book(10, 0, "Cecilia Carlsson", ""), book(10, 15, "Daniel Dahl", ""), book(10, 30, "Eero Esko", "")
	cancelled, booked := book(11, 0, "Fanni Forsman", ""), book(12, 0, "Greta Grön", "vero")
	_, err := h.eng.CheckInAppointment("kiosk", late.ID, "kiosk-1")
	must(err)
	_, err = h.eng.MarkNoShows()
	must(err)
	for _, a := range []queue.Appointment{served, called, waiting} {
		_, err := h.eng.CheckIn("clerk:neuvoja", a.ID, "console")
		must(err)
	}
	ticket := func(a queue.Appointment) (id uint64) {
		h.eng.Read(func(st *queue.State) {
			for _, b := range st.Appointments("vero-veroasiat", "2026-11-23") {
				if b.ID == a.ID {
					id = b.Ticket
				}
			}
		})
		return id
	}
	_, err = h.eng.CallTicket("vero", ticket(served), "6")
	must(err)
	_, err = h.eng.End("clerk:vero", ticket(served))
	must(err)
	_, err = h.eng.CallTicket("vero", ticket(called), "6")
	must(err)
	must(h.eng.CancelAppointment("clerk:neuvoja", cancelled.ID))

	ctx := browsertest.Start(t, 1400, 1100)
	browserLogin(t, ctx, h.srv.URL, "neuvoja", "/console/appointments")
	want := map[uint64]string{noshow.ID: "Ei saapunut", late.ID: "Myöhässä", served.ID: "Palveltu", called.ID: "Kutsuttu sisään",
		waiting.ID: "Ilmoittautunut", cancelled.ID: "Peruttu", booked.ID: "Varattu"}
	for id, state := range want {
		row := text(t, ctx, "#appt-"+strconv.FormatUint(id, 10))
		if !strings.Contains(row, state) || !strings.Contains(row, "Aspa 2") {
			t.Errorf("appointment %d: row %q, want state %q in Aspa 2", id, row, state)
		}
		if strings.Contains(row, "Dahl") || strings.Contains(row, "Grön") {
			t.Errorf("the advisor sees a name in full: %q", row)
		}
	}
	inLangs(t, ctx, h.srv.URL, "/console/appointments", "console-appointments")

	clerk := browsertest.Session(t, ctx)
	browserLogin(t, clerk, h.srv.URL, "vero", "/console/appointments")
	if got := text(t, clerk, "#appt-"+strconv.FormatUint(called.ID, 10)); !strings.Contains(got, "Daniel Dahl") {
		t.Errorf("the clerk serving the visit sees %q", got)
	}
	if got := text(t, clerk, "#appt-"+strconv.FormatUint(booked.ID, 10)); !strings.Contains(got, "Greta Grön") {
		t.Errorf("the clerk the appointment is with sees %q", got)
	}
	if got := text(t, clerk, "#appt-"+strconv.FormatUint(waiting.ID, 10)); strings.Contains(got, "Eero Esko") {
		t.Errorf("a clerk sees the name of a visit not theirs: %q", got)
	}
	audit(t, clerk, "appointments, clerk")
	browsertest.Shot(t, clerk, "console-appointments-clerk")
}
