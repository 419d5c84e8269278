package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
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
	case "counter":
		counterChild()
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
		u.RSSBefore, u.GoBefore = memory().RSS, goHeld()
		u.After = memory()
		report(u)
		fyne.Do(a.Quit)
	}()
	w.ShowAndRun()
}

// queueChild runs the queue display's real screen, window and ticker on a
// link the child feeds as the hub would: a heartbeat every second and a
// day of calls, one every 10 s of the display's clock, sped up.
func queueChild() {
	runDay(config{mode: "queue", site: "lahti", device: "aula-1"}, "fi.vuoro.display", func(hub *simHub) {
		hub.send(wire.KindDisplay, "", &wire.DisplaySnapshot{Header: wire.NewHeader(hub.clock()), Seq: 1, Log: "log-sim", Calls: []wire.CallEntry{}})
	}, (*simHub).call)
}

// counterChild runs the counter display of room 6 the same way: every
// 10 s a visit is called to the room, and its service begins.
func counterChild() {
	runDay(config{mode: "counter", site: "lahti", device: "huone-6", room: "6"}, "fi.vuoro.display.counter", func(hub *simHub) {
		hub.send(wire.KindRoom, "6", &wire.RoomState{Header: wire.NewHeader(hub.clock()), Seq: 1, Room: "6", Status: wire.RoomOpen, Log: "log-sim"})
	}, (*simHub).roomCall)
}

// runDay shows the display of cfg, sends it its first state, measures it
// idle, runs the day's calls (VUORO_DISPLAY_DAY, 2,880 by default: 8 hours)
// and measures it again, then reports.
func runDay(cfg config, id string, first func(*simHub), call func(*simHub, int)) {
	calls := 2880 // 8 hours
	if n, err := strconv.Atoi(os.Getenv(dayEnv)); err == nil {
		calls = n
	}
	hub := &simHub{subs: map[string]func([]byte){}, now: time.Date(2026, 11, 30, 6, 0, 0, 0, time.UTC)}
	loc, _ := time.LoadLocation(board.Zone)
	g := &gate{}
	a := app.NewWithID(id)
	s := newScreen(cfg, hub, loc, slog.New(slog.NewTextHandler(io.Discard, nil)), g, outputs{onCall: func(board.Entry) {}, settings: newLiveSettings()})
	s.now = hub.clock
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		defer cancel()
		time.Sleep(3 * time.Second)
		first(hub)
		settle(hub, 3*time.Second) // the first state shown
		var u usage
		u.IdleBefore = idleCPU(hub.beat)
		u.Before = memory()
		u.RSSBefore, u.GoBefore = u.Before.RSS, goHeld()
		start := time.Now()
		for i := range calls {
			call(hub, i)
			fyne.DoAndWait(func() {}) // the call is on the screen: no backlog
			time.Sleep(10 * time.Millisecond)
		}
		u.Calls, u.DayTook = calls, time.Since(start).Round(time.Second)
		settle(hub, board.FlashFor+3*time.Second) // the last call's highlight over
		stop := profileCPU(cfg.mode)
		u.IdleAfter = idleCPU(hub.beat)
		stop()
		u.After = memory()
		u.RSSAfter = u.After.RSS
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		u.HeapAfter, u.GoAfter = int(m.HeapInuse/1024), goHeld()
		writeHeapProfile(cfg.mode)
		report(u)
	}()
	show(ctx, a, cfg, s, g)
}

// settle lets the display idle for d, with the hub's heartbeat every
// second, before a measurement.
func settle(hub *simHub, d time.Duration) {
	for range d / time.Second {
		hub.beat()
		time.Sleep(time.Second)
	}
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

// mem is the process's resident memory in kB: all of it, and its
// anonymous (heaps: Go's, the C libraries', the GL driver's) and file-backed
// (the binary, shared libraries) parts.
type mem struct{ RSS, Anon, File int }

// memory reads the process's resident memory from /proc/self/status.
func memory() mem {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		panic(err)
	}
	var m mem
	for _, line := range splitLines(string(b)) {
		for _, f := range []struct {
			format string
			kb     *int
		}{{"VmRSS: %d kB", &m.RSS}, {"RssAnon: %d kB", &m.Anon}, {"RssFile: %d kB", &m.File}} {
			fmt.Sscanf(line, f.format, f.kb)
		}
	}
	if m.RSS == 0 {
		panic("no VmRSS")
	}
	return m
}

// profileCPU profiles the CPU into the folder VUORO_DISPLAY_PPROF, if set,
// as part-idle.cpu.pprof, until stop is called.
func profileCPU(part string) (stop func()) {
	dir := os.Getenv("VUORO_DISPLAY_PPROF")
	if dir == "" {
		return func() {}
	}
	f, err := os.Create(filepath.Join(dir, part+"-idle.cpu.pprof"))
	if err != nil {
		panic(err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		panic(err)
	}
	return func() { pprof.StopCPUProfile(); f.Close() }
}

// goHeld returns the kB the Go runtime holds from the system: its heap,
// stacks and own structures, less what it has given back.
func goHeld() int {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return int((m.Sys - m.HeapReleased) / 1024)
}

// writeHeapProfile writes the Go heap's profile into the folder
// VUORO_DISPLAY_PPROF, if set, as part.pprof for go tool pprof.
func writeHeapProfile(part string) {
	dir := os.Getenv("VUORO_DISPLAY_PPROF")
	if dir == "" {
		return
	}
	f, err := os.Create(filepath.Join(dir, part+".pprof"))
	if err != nil {
		panic(err)
	}
	defer f.Close()
	runtime.GC()
	if err := pprof.WriteHeapProfile(f); err != nil {
		panic(err)
	}
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

func (h *simHub) send(k wire.Kind, id string, m wire.Message) {
	b, err := wire.Encode(m)
	if err != nil {
		panic(err)
	}
	h.mu.Lock()
	f := h.subs[wire.Topic{Kind: k, Site: "lahti", ID: id}.String()]
	h.mu.Unlock()
	f(b)
}

// beat passes a second and sends a heartbeat with the minute's join code.
func (h *simHub) beat() {
	h.advance(time.Second)
	now := h.clock()
	h.send(wire.KindHeartbeat, "", &wire.Heartbeat{Header: wire.NewHeader(now), Time: now, Log: "log-sim",
		Join: fmt.Sprintf("https://vuoro.lahti.example/join/%08d", now.Unix()/60)})
}

// call passes 10 s and calls the i-th visit of the day.
func (h *simHub) call(i int) {
	h.advance(9 * time.Second)
	h.beat()
	now := h.clock()
	letter := string("ABKR"[i%4])
	h.send(wire.KindCall, "", &wire.Call{Header: wire.NewHeader(now), CallEntry: wire.CallEntry{
		Seq: uint64(i + 2), Visit: uint64(i + 1), CallID: letter + strconv.Itoa(1+i/4%999), Room: strconv.Itoa(1 + i%12), At: now}})
}

// roomCall passes 10 s and calls the i-th visit of the day to room 6; its
// service begins 3 s later.
func (h *simHub) roomCall(i int) {
	h.advance(6 * time.Second)
	h.beat()
	now := h.clock()
	r := wire.RoomState{Header: wire.NewHeader(now), Seq: uint64(2*i + 2), Room: "6", Status: wire.RoomCalled,
		CallID: string("ABKR"[i%4]) + strconv.Itoa(1+i/4%999), Visit: uint64(i + 1), Since: now, Log: "log-sim"}
	h.send(wire.KindRoom, "6", &r)
	h.advance(2 * time.Second)
	h.beat()
	r.Header, r.Seq, r.Status, r.Since = wire.NewHeader(h.clock()), r.Seq+1, wire.RoomServing, h.clock()
	h.send(wire.KindRoom, "6", &r)
}
