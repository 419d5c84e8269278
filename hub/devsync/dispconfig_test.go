package devsync_test

import (
	"sync"
	"testing"
	"time"

	mqtt "github.com/eclipse/paho.mqtt.golang"

	"vuoro/display/board"
	"vuoro/display/feed"
	"vuoro/hub/queue"
	"vuoro/shared/devlink"
	"vuoro/shared/wire"
)

// enrolDisplay enrols and activates the test broker's queue display qd.
func enrolDisplay(t *testing.T, eng *queue.Engine) {
	t.Helper()
	if _, err := eng.EnrolDevice("admin", "qd", queue.DeviceQueueDisplay, "", time.Now().Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if _, err := eng.ActivateDevice("device:qd", "qd"); err != nil {
		t.Fatal(err)
	}
}

// configure sets up qd with the information line info in Finnish, in area.
func configure(t *testing.T, eng *queue.Engine, area, info string) {
	t.Helper()
	if _, err := eng.ConfigureDevice("admin", "qd", queue.DisplayConfig{WaitingArea: area, Languages: []string{"fi"},
		Sound: true, Volume: 50, Info: map[string]string{"fi": info}}); err != nil {
		t.Fatal(err)
	}
}

// displayFeed is the queue display qd's own feed, connected as its app
// connects, with the settings it was last handed.
type displayFeed struct {
	*feed.Queue
	close func() // disconnects it
	mu    sync.Mutex
	set   *board.Settings
}

func startDisplay(t *testing.T, url string) *displayFeed {
	t.Helper()
	l, err := devlink.Open(devlink.Options{Broker: url, Site: "lahti", Device: "qd", Kind: "queue-display", Logger: quietLog,
		Username: "qd", Password: "qd-secret"})
	if err != nil {
		t.Fatal(err)
	}
	d := &displayFeed{close: sync.OnceFunc(l.Close)}
	t.Cleanup(d.close)
	d.Queue = feed.NewQueue(l, "lahti", board.NewQueueBoard(time.UTC),
		feed.Options{Logger: quietLog, Device: "qd", OnSettings: func(s board.Settings) { d.mu.Lock(); d.set = &s; d.mu.Unlock() }})
	d.Start()
	return d
}

// handed is the settings the display was last handed; nil if none yet.
func (d *displayFeed) handed() *board.Settings {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.set
}

func TestAnAdminsChangeReachesTheDisplayWithoutARestart(t *testing.T) {
	eng, _, url := hub(t)
	enrolDisplay(t, eng)
	configure(t, eng, "", "Virasto sulkeutuu klo 16")
	d := startDisplay(t, url)
	waitUntil(t, "the display has its information line", func() bool {
		s := d.handed()
		return s != nil && s.Info["fi"] == "Virasto sulkeutuu klo 16" && s.Volume == 50
	})
	configure(t, eng, "", "Virasto sulkeutuu tänään klo 15")
	waitUntil(t, "the display has the new information line", func() bool {
		s := d.handed()
		return s.Info["fi"] == "Virasto sulkeutuu tänään klo 15" && d.Settings().Info["fi"] == s.Info["fi"]
	})
}

// A revoked display's configuration is cleared: nothing retained is left
// on its topic for whoever connects with its id later.
func TestARevokedDisplaysConfigurationIsCleared(t *testing.T) {
	eng, _, url := hub(t)
	enrolDisplay(t, eng)
	configure(t, eng, "", "Tervetuloa")
	d := startDisplay(t, url)
	waitUntil(t, "the display has its configuration", func() bool { s := d.handed(); return s != nil && s.Info["fi"] == "Tervetuloa" })
	if _, err := eng.RevokeDevice("admin", "qd"); err != nil {
		t.Fatal(err)
	}
	waitUntil(t, "the display is back to the defaults", func() bool { return d.handed().Info == nil && d.handed().Volume == 80 })
	d.close()
	if got := retainedConfigs(t, url, "qd"); len(got) != 0 {
		t.Fatalf("after the revocation the display's topic retains %q", got)
	}
}

// retainedConfigs are the messages device as gets on qd's configuration
// topic within a second of subscribing.
func retainedConfigs(t *testing.T, url, as string) []string {
	t.Helper()
	c := mqtt.NewClient(mqtt.NewClientOptions().AddBroker(url).SetClientID("lahti-" + as).SetUsername(as).
		SetPassword(as + "-secret").SetAutoReconnect(false))
	if tok := c.Connect(); !tok.WaitTimeout(5*time.Second) || tok.Error() != nil {
		t.Fatalf("connect %s: %v", as, tok.Error())
	}
	defer c.Disconnect(0)
	var mu sync.Mutex
	var got []string
	c.Subscribe(wire.Topic{Kind: wire.KindDisplayConfig, Site: "lahti", ID: "qd"}.String(), 1, func(_ mqtt.Client, m mqtt.Message) {
		mu.Lock()
		got = append(got, string(m.Payload()))
		mu.Unlock()
	}).WaitTimeout(5 * time.Second)
	time.Sleep(time.Second)
	mu.Lock()
	defer mu.Unlock()
	return got
}

// Neither another display nor a kiosk reads a display's configuration, nor
// does a stranger without credentials connect.
func TestOnlyTheDisplayReadsItsConfiguration(t *testing.T) {
	eng, _, url := hub(t)
	enrolDisplay(t, eng)
	configure(t, eng, "", "Tervetuloa")
	if got := retainedConfigs(t, url, "qd"); len(got) == 0 {
		t.Fatal("the display itself got no configuration")
	}
	for _, other := range []string{"cd-6", "k1"} {
		if got := retainedConfigs(t, url, other); len(got) != 0 {
			t.Errorf("%s read the display's configuration: %q", other, got)
		}
	}
	stranger := mqtt.NewClient(mqtt.NewClientOptions().AddBroker(url).SetClientID("lahti-qd").SetUsername("qd").
		SetPassword("guessed").SetAutoReconnect(false))
	if tok := stranger.Connect(); tok.WaitTimeout(5*time.Second) && tok.Error() == nil {
		stranger.Disconnect(0)
		t.Fatal("a stranger with a guessed password connected as the display")
	}
}

// twoAreas puts room 1 in the demo site's waiting area and room 6 in a
// second one upstairs.
func twoAreas(t *testing.T, eng *queue.Engine) {
	t.Helper()
	var site queue.Site
	var r1, r6 queue.Room
	eng.Read(func(s *queue.State) { site = s.Site; r1, _ = s.Room("1"); r6, _ = s.Room("6") })
	site.WaitingRooms = append(site.WaitingRooms, queue.WaitingArea{ID: "yla", Names: map[string]string{"fi": "Yläkerta"}})
	r1.WaitingArea, r6.WaitingArea = "aula", "yla"
	for _, err := range []error{eng.SetSite("admin", site), eng.UpdateRoom("admin", r1), eng.UpdateRoom("admin", r6)} {
		if err != nil {
			t.Fatal(err)
		}
	}
}

// A queue display of the ground floor's waiting area shows the calls to
// its room only, and keeps its last call while upstairs is busy, also
// when it (re)connects after them.
func TestAWaitingAreasDisplayShowsItsOwnCallsOnly(t *testing.T) {
	clerks := map[string]string{"1": "vero", "6": "neuvoja"}
	eng, _, url := hub(t)
	twoAreas(t, eng)
	enrolDisplay(t, eng)
	configure(t, eng, "aula", "")
	d := startDisplay(t, url)
	waitUntil(t, "the display has its rooms", func() bool { s := d.handed(); return s != nil && len(s.Rooms) == 1 && s.Rooms[0] == "1" })
	call := func(room string) queue.Ticket {
		t.Helper()
		if _, err := eng.Issue("kiosk:k1", queue.IssueRequest{Service: "vero-veroasiat", Device: "k1"}); err != nil {
			t.Fatal(err)
		}
		tk, err := eng.CallNext(clerks[room], []string{"vero-veroasiat"}, room)
		if err != nil {
			t.Fatal(err)
		}
		return tk
	}
	mine := call("1")
	deadline := time.Now().Add(10 * time.Second)
	for d.State().Latest.CallID != mine.CallID {
		if time.Now().After(deadline) { // what the display has, to tell a lost call from a refused one
			t.Fatalf("the display does not show its room's call %s: state %+v, settings %+v, %d payloads rejected",
				mine.CallID, d.State(), d.Settings(), d.Rejected())
		}
		time.Sleep(50 * time.Millisecond)
	}
	for range 14 {
		tk := call("6")
		if _, err := eng.End("neuvoja", tk.ID); err != nil {
			t.Fatal(err)
		}
	}
	time.Sleep(500 * time.Millisecond) // the upstairs calls have had time to arrive
	if s := d.State(); s.Latest.CallID != mine.CallID || len(s.Recent) != 0 {
		t.Fatalf("the ground floor's display shows %+v %+v, want %s alone", s.Latest, s.Recent, mine.CallID)
	}

	d.close() // a display that connects now finds its area's call retained
	later := startDisplay(t, url)
	waitUntil(t, "the display connecting later shows its room's call", func() bool { return later.State().Latest.CallID == mine.CallID })
	if s := later.State(); len(s.Recent) != 0 {
		t.Fatalf("the display connecting later shows upstairs calls too: %+v", s.Recent)
	}
}
