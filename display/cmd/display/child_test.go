package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime"
	"strconv"
	"sync"
	"syscall"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/canvas"

	"vuoro/display/board"
	"vuoro/shared/wire"
)

// TestMain runs a child of TestResourcesOverADay on the main goroutine,
// where the glfw driver wants its loop, and ends the process with it.
func TestMain(m *testing.M) {
	switch os.Getenv(childEnv) {
	case "bare":
		bareChild()
	case "queue":
		queueChild()
	default:
		os.Exit(m.Run())
	}
	os.Exit(0)
}

func runChild(t *testing.T, part string) { t.Fatalf("child %s ran as a test", part) }

// bareChild shows a window with one text and reports its idle use.
func bareChild() {
	a := app.NewWithID("fi.vuoro.display.bare")
	w := a.NewWindow("bare")
	w.SetPadded(false)
	w.SetContent(canvas.NewText("Vuoro", colorWhite))
	w.Resize(fyne.NewSize(1920, 1080))
	go func() {
		time.Sleep(3 * time.Second)
		var u usage
		u.IdleBefore = idleCPU(nil)
		u.RSSBefore = rss()
		report(u)
		fyne.Do(a.Quit)
	}()
	w.ShowAndRun()
}

// queueChild runs the queue display's real screen, window and ticker on a
// link the child feeds as the hub would: a heartbeat every second and a
// day of calls, one every 10 s of the display's clock, sped up.
func queueChild() {
	calls := 2880 // 8 hours
	if n, err := strconv.Atoi(os.Getenv(dayEnv)); err == nil {
		calls = n
	}
	hub := &simHub{subs: map[string]func([]byte){}, now: time.Date(2026, 11, 30, 6, 0, 0, 0, time.UTC)}
	cfg := config{mode: "queue", site: "lahti", device: "aula-1"}
	loc, _ := time.LoadLocation(board.Zone)
	g := &gate{}
	a := app.NewWithID("fi.vuoro.display")
	s := newScreen(cfg, hub, loc, slog.New(slog.NewTextHandler(io.Discard, nil)), g, outputs{onCall: func(board.Entry) {}, settings: newLiveSettings()})
	s.now = hub.clock
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		defer cancel()
		time.Sleep(3 * time.Second)
		hub.send(wire.KindDisplay, &wire.DisplaySnapshot{Header: wire.NewHeader(hub.clock()), Seq: 1, Log: "log-sim", Calls: []wire.CallEntry{}})
		var u usage
		u.IdleBefore = idleCPU(hub.beat)
		u.RSSBefore = rss()
		start := time.Now()
		for i := range calls {
			hub.call(i)
			fyne.DoAndWait(func() {}) // the call is on the screen: no backlog
			time.Sleep(10 * time.Millisecond)
		}
		u.Calls, u.DayTook = calls, time.Since(start).Round(time.Second)
		time.Sleep(3 * time.Second)
		u.IdleAfter = idleCPU(hub.beat)
		u.RSSAfter = rss()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		u.HeapAfter = int(m.HeapInuse / 1024)
		report(u)
	}()
	show(ctx, a, cfg, s, g)
}

// idleCPU returns the process's CPU time in ms per second over 10 s of
// idling, calling each (the hub's heartbeat) every second.
func idleCPU(each func()) float64 {
	const span = 10 * time.Second
	before := cpu()
	for range span / time.Second {
		if each != nil {
			each()
		}
		time.Sleep(time.Second)
	}
	return float64(cpu()-before) / float64(time.Millisecond) / span.Seconds()
}

// cpu returns the user and system CPU time of the process.
func cpu() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		panic(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// rss returns the resident set size of the process in kB.
func rss() int {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		panic(err)
	}
	var kb int
	for _, line := range splitLines(string(b)) {
		if _, err := fmt.Sscanf(line, "VmRSS: %d kB", &kb); err == nil {
			return kb
		}
	}
	panic("no VmRSS")
}

// simHub stands for the hub on the display's link: the child sends what the
// hub would publish, on a clock of its own.
type simHub struct {
	mu   sync.Mutex
	subs map[string]func([]byte)
	now  time.Time
}

func (h *simHub) Subscribe(topic string, f func([]byte)) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.subs[topic] = f
}

func (h *simHub) Connected() bool { return true }

func (h *simHub) clock() time.Time {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.now
}

func (h *simHub) advance(d time.Duration) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.now = h.now.Add(d)
}

func (h *simHub) send(k wire.Kind, m wire.Message) {
	b, err := wire.Encode(m)
	if err != nil {
		panic(err)
	}
	h.mu.Lock()
	f := h.subs[wire.Topic{Kind: k, Site: "lahti"}.String()]
	h.mu.Unlock()
	f(b)
}

// beat passes a second and sends a heartbeat with the minute's join code.
func (h *simHub) beat() {
	h.advance(time.Second)
	now := h.clock()
	h.send(wire.KindHeartbeat, &wire.Heartbeat{Header: wire.NewHeader(now), Time: now, Log: "log-sim",
		Join: fmt.Sprintf("https://vuoro.lahti.example/join/%08d", now.Unix()/60)})
}

// call passes 10 s and calls the i-th visit of the day.
func (h *simHub) call(i int) {
	h.advance(9 * time.Second)
	h.beat()
	now := h.clock()
	letter := string("ABKR"[i%4])
	h.send(wire.KindCall, &wire.Call{Header: wire.NewHeader(now), CallEntry: wire.CallEntry{
		Seq: uint64(i + 2), Visit: uint64(i + 1), CallID: letter + strconv.Itoa(1+i/4%999), Room: strconv.Itoa(1 + i%12), At: now}})
}
