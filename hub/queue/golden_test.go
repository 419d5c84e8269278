package queue_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"vuoro/hub/event"
	"vuoro/hub/queue"
	"vuoro/hub/store"
	"vuoro/shared/wire"
)

var updateGolden = flag.Bool("update", false, "rewrite testdata/every-kind.jsonl from the engine")

// goldenLog is a log with every kind of event, as the hub wrote it before
// its events had Go types (written by the code of commit 24db7bc).
const goldenLog = "testdata/every-kind.jsonl"

// everyKind runs a site through a command of every kind on a fixed clock,
// so the events it writes are the same at every run.
func everyKind(t *testing.T, f *fixture) {
	t.Helper()
	e, c := f.e, f.clock
	step := func() { c.Advance(time.Minute) }
	must(t, e.AddAgency("system", queue.Agency{ID: "kela", Names: map[string]string{"fi": "Kela"}}))
	must(t, e.UpdateAgency("system", queue.Agency{ID: "kela", Names: map[string]string{"fi": "Kela", "sv": "FPA"}}))
	must(t, e.AddService("system", queue.Service{ID: "kela-perhe", Agency: "kela", Letter: "K"}))
	must(t, e.UpdateService("system", queue.ServiceUpdated{ID: "kela-perhe", Agency: "kela", Letter: "P", MultiDay: true}))
	must(t, e.ConfigureService("system", "veroasiat", queue.Settings{DailyCap: 50}, nil))
	must(t, e.Pause("clerk:maija", "verokortit", true))
	must(t, e.AddRoom("system", queue.Room{ID: "7", Name: "Aspa 7", Floor: 1}))
	must(t, e.UpdateRoom("system", queue.Room{ID: "7", Name: "Aspa 7", Floor: 2, Capacity: 3, Attributes: []string{"step-free"}}))
	must(t, e.RemoveRoom("system", "7"))
	must(t, e.AddClerk("system", queue.Clerk{Login: "maija", Name: "Maija", Role: queue.RoleAdmin, Agencies: []string{"vero"}}))
	must(t, e.RecordPassword("system", "maija"))
	must(t, e.AddClerk("system", queue.Clerk{Login: "pekka", Name: "Pekka", Role: queue.RoleClerk, Agencies: []string{"vero"}}))
	must(t, e.DisableClerk("system", "pekka"))
	must(t, e.SetSiteParams("system", queue.SiteParams{NoShowAfter: 1, RetentionDays: 1}))

	step()
	a, err := e.Book("clerk:maija", "veroasiat", c.Now().Add(time.Hour), queue.Person{Name: "Matti Meikäläinen", HETU: "010280-952L"})
	must(t, err)
	must(t, e.CancelAppointment("clerk:maija", a.ID))
	a, err = e.Book("clerk:maija", "veroasiat", c.Now().Add(2*time.Hour), queue.Person{Name: "Maija Meikäläinen"})
	must(t, err)
	_, err = e.CheckIn("clerk:maija", a.ID, "k1")
	must(t, err)

	first := f.issue("veroasiat")
	step()
	v, err := e.CallTicket("maija", first.Ticket.ID, "5")
	must(t, err)
	for _, fn := range []func(string, uint64) (queue.Ticket, error){e.Recall, e.Start, e.End} {
		step()
		_, err = fn("clerk:maija", v.ID)
		must(t, err)
	}
	step()
	v, err = e.CallNext("maija", []string{"veroasiat"}, "5")
	must(t, err)
	_, err = e.Recall("clerk:maija", v.ID)
	must(t, err)
	_, err = e.NoShow("clerk:maija", v.ID)
	must(t, err)

	second := f.issue("veroasiat").Ticket.ID
	_, err = e.CallTicket("maija", second, "6")
	must(t, err)
	_, err = e.Return("clerk:maija", second, true)
	must(t, err)
	for _, fn := range []func(string, uint64) (queue.Ticket, error){e.Hold, e.Resume} {
		step()
		_, err = fn("clerk:maija", second)
		must(t, err)
	}
	_, err = e.Transfer("clerk:maija", second, "kela-perhe", queue.Front)
	must(t, err)
	_, err = e.SetPersons("clerk:maija", second, 2)
	must(t, err)
	_, err = e.SetPriority("clerk:maija", second, true)
	must(t, err)
	_, err = e.AddMessage("clerk:maija", second, "Tuo passi, 010280-952L")
	must(t, err)
	must(t, e.RecordAccess("clerk:maija", second, "console"))
	_, err = e.Delete("clerk:maija", f.issue("veroasiat").Ticket.ID, "kaksi kertaa")
	must(t, err)

	h, err := e.RecordHelp(queue.HelpCall{RequestID: "help-1", Device: "k1", Screen: "start", Lang: "fi"})
	must(t, err)
	_, err = e.AckHelp("clerk:maija", h.ID)
	must(t, err)
	_, err = e.CloseHelp("clerk:maija", h.ID)
	must(t, err)
	must(t, e.RecordLogView("clerk:maija", "from=2026-11-23T00:00"))

	must(t, e.AddAgency("system", queue.Agency{ID: "mml"}))
	must(t, e.AddService("system", queue.Service{ID: "mml-kiinteistot", Agency: "mml", Letter: "M"}))
	must(t, e.RemoveService("system", "mml-kiinteistot"))
	must(t, e.RemoveAgency("system", "mml"))

	f.issue("veroasiat")
	c.Advance(24 * time.Hour)
	_, err = e.CloseDay()
	must(t, err)
	c.Advance(48 * time.Hour)
	_, err = e.ErasePersonalData(f.st, c.Now())
	must(t, err)
	a, err = e.Book("clerk:maija", "veroasiat", c.Now().Add(time.Hour), queue.Person{Name: "Liisa Virtanen", HETU: "010280-952L"})
	must(t, err)
	in, err := e.CheckIn("clerk:maija", a.ID, "k1")
	must(t, err)
	_, err = e.AddMessage("clerk:maija", in.Ticket.ID, "Tuo passi")
	must(t, err)
	_, err = e.EnrolDevice("clerk:maija", "counter-5", queue.DeviceCounterDisplay, "5", c.Now().Add(24*time.Hour))
	must(t, err)
	_, err = e.ActivateDevice("device:counter-5", "counter-5")
	must(t, err)
	_, err = e.RevokeDevice("clerk:maija", "counter-5")
	must(t, err)
	_, err = e.EnrolDevice("clerk:maija", "k1", queue.DeviceKiosk, "", c.Now().Add(24*time.Hour))
	must(t, err)
	_, err = e.ActivateDevice("device:k1", "k1")
	must(t, err)
	_, err = e.SetDeviceServices("clerk:maija", "k1", []string{"veroasiat"})
	must(t, err)
	must(t, e.ReportDevice(queue.DeviceReport{Device: "k1", Online: true, Printer: wire.PrinterPaperOut}))
	must(t, e.ReportDevice(queue.DeviceReport{Device: "k1", Online: true, Printer: wire.PrinterOK}))
	_, err = e.EnrolDevice("clerk:maija", "k9", queue.DeviceKiosk, "", c.Now().Add(24*time.Hour))
	must(t, err)
	_, err = e.ActivateDevice("device:k9", "k9")
	must(t, err)
	_, err = e.TopUpBlocks()
	must(t, err)
	var b queue.Block
	e.Read(func(s *queue.State) { b = s.Blocks("k9")[0] })
	_, err = e.DeliverOffline("kiosk:k9", queue.OfflineTicket{RequestID: "offline-1", Device: "k9", Service: b.Service,
		Day: b.Day, Number: b.First, CheckedIn: c.Now().Add(-time.Minute), Persons: 2})
	step()
	_, err = e.Issue("kiosk:k1", queue.IssueRequest{RequestID: "req-given-up", Service: "veroasiat", Device: "k1", Persons: 1})
	must(t, err)
	_, err = e.CancelRequest("k1", "req-given-up")
	must(t, err)
	_, err = e.CancelRequest("k1", "req-not-seen")
	must(t, err)
	bk, err := e.BookPoint("clerk:maija", queue.PointBooking{Point: "6", Agency: "vero", Name: "Verokortit", Persons: 2,
		Times: []queue.Interval{{From: c.Now().Add(time.Hour), To: c.Now().Add(2 * time.Hour)}}})
	must(t, err)
	must(t, e.CancelPointBooking("clerk:maija", bk.ID, ""))

	_, err = e.BookAppointment("clerk:maija", queue.AppointmentBooking{Service: "veroasiat", At: c.Now().Add(time.Hour), Minutes: 30,
		Clerk: "maija", Room: "5", UID: "varaus-1@example.fi", Person: queue.Person{Name: "Ville Virtanen"}})
	must(t, err)
	c.Advance(2 * time.Hour)
	_, err = e.MarkNoShows()
	must(t, err)
	fd, err := e.CreateFeed("clerk:maija", queue.FeedClerk, "maija", "AAAAAAAAAAAAAAAAAAAAAAAAAA")
	must(t, err)
	must(t, e.RevokeFeed("clerk:maija", fd.ID))
	_, err = e.Leave("follow", f.issue("veroasiat").Ticket.ID, queue.LeftNoTime)
	must(t, err)
	_, err = e.EnrolDevice("clerk:maija", "aula-1", queue.DeviceQueueDisplay, "", c.Now().Add(24*time.Hour))
	must(t, err)
	_, err = e.ConfigureDevice("clerk:maija", "aula-1", queue.DisplayConfig{Languages: []string{"fi", "en"}, Sound: true, Volume: 60,
		Info: map[string]string{"fi": "Virasto sulkeutuu tänään klo 15"}, HighlightSeconds: 15, JoinQR: true})
	must(t, err)
	step()
	must(t, e.OpenRoom("maija", "5"))
	must(t, e.PauseRoom("maija", true))
	must(t, e.PauseRoom("maija", false))
	must(t, e.CloseRoom("maija", queue.RoomLeft))
}

// readLog returns the events of a log file, one JSON event a line.
func readLog(t testing.TB, path string) []event.Event {
	t.Helper()
	b, err := os.ReadFile(path)
	must(t, err)
	var out []event.Event
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var ev event.Event
		must(t, json.Unmarshal(sc.Bytes(), &ev))
		out = append(out, ev)
	}
	return out
}

func writeLog(t *testing.T, path string, evs []event.Event) {
	t.Helper()
	var b bytes.Buffer
	for _, ev := range evs {
		line, err := json.Marshal(ev)
		must(t, err)
		b.Write(append(line, '\n'))
	}
	must(t, os.MkdirAll(filepath.Dir(path), 0o755))
	must(t, os.WriteFile(path, b.Bytes(), 0o644))
}

// withoutFollow drops a ticket's follow token hash, random and added after
// the golden log was written, from ev; every other byte must stay.
func withoutFollow(t *testing.T, ev event.Event) event.Event {
	if ev.Kind != queue.KindTicketIssued {
		return ev
	}
	var p queue.TicketIssued
	must(t, json.Unmarshal(ev.Payload, &p))
	p.Follow = ""
	b, err := json.Marshal(p)
	must(t, err)
	ev.Payload = b
	return ev
}

// The engine writes, byte for byte, the events it wrote before its events
// had Go types, and replays a log written then: old data files stay good.
func TestEventsOnDiskAreUnchanged(t *testing.T) {
	f := newFixture(t)
	everyKind(t, f)
	now, err := f.st.Events(0, 1000)
	must(t, err)
	if *updateGolden {
		writeLog(t, goldenLog, now)
	}
	old := readLog(t, goldenLog)
	if len(now) != len(old) {
		t.Fatalf("the scenario wrote %d events, %d before", len(now), len(old))
	}
	kinds := map[string]bool{}
	for i := range old {
		a, _ := json.Marshal(withoutFollow(t, now[i]))
		b, _ := json.Marshal(old[i])
		if !bytes.Equal(a, b) {
			t.Errorf("event %d now\n%s\nbefore\n%s", i+1, a, b)
		}
		kinds[old[i].Kind] = true
	}

	st, err := store.Open(filepath.Join(t.TempDir(), "old.db"))
	must(t, err)
	defer st.Close()
	for _, ev := range old {
		_, err := st.Append(ev)
		must(t, err)
	}
	e, err := queue.Open(st, f.clock)
	must(t, err)
	e.Read(func(s *queue.State) {
		if s.Seq != uint64(len(old)) {
			t.Errorf("replayed to %d, want %d", s.Seq, len(old))
		}
	})
	t.Logf("%d events of %d kinds", len(old), len(kinds))
}
