package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"image/color"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// The resources a display uses over a day, measured on the real window
// (the glfw driver, OpenGL on Mesa) under Xvfb: the test runs itself again
// as a child process on the screen, once as a bare Fyne window and once as
// the queue display and the counter display each fed a simulated day of
// calls, and reads what each child reports of its own CPU time and
// resident memory. It is opt-in (several minutes); run it with
//
//	make resources
//
// or VUORO_DISPLAY_RESOURCES=1 go test -count=1 -run '^TestResourcesOverADay$' -v ./display/cmd/display/
// (VUORO_DISPLAY_DAY=720 for a shorter day; VUORO_DISPLAY_PPROF=dir for
// each child's Go heap profile after its day, dir/queue.pprof and
// dir/counter.pprof).

// childEnv selects the child's part; dayEnv sets the calls of its day.
const (
	childEnv = "VUORO_DISPLAY_CHILD"
	dayEnv   = "VUORO_DISPLAY_DAY"
)

// usage is what a child reports.
type usage struct {
	IdleBefore float64 // CPU ms per second, idle before the first call, once the first state is shown
	IdleAfter  float64 // CPU ms per second, idle after the day, once the last call's highlight is over
	RSSBefore  int     // kB, before the first call (the bare window: once shown)
	RSSAfter   int     // kB, after the day
	Before     mem     // before the first call
	After      mem     // after the day (the bare window: once shown)
	HeapAfter  int     // kB of the Go heap in use after the day
	GoBefore   int     // kB the Go runtime holds from the system before the first call
	GoAfter    int     // kB the Go runtime holds from the system after the day
	Calls      int
	DayTook    time.Duration
}

func TestResourcesOverADay(t *testing.T) {
	if part := os.Getenv(childEnv); part != "" {
		runChild(t, part)
		return
	}
	if os.Getenv("VUORO_DISPLAY_RESOURCES") == "" {
		t.Skip("set VUORO_DISPLAY_RESOURCES=1: runs the real window under Xvfb for several minutes")
	}
	if _, err := exec.LookPath("Xvfb"); err != nil {
		t.Skip("no Xvfb")
	}
	display := startXvfb(t, ":93")
	bare := child(t, display, "bare")
	t.Logf("bare Fyne window: RSS %d kB (anonymous %d, file %d; Go runtime %d kB), idle CPU %.1f ms/s",
		bare.RSSBefore, bare.After.Anon, bare.After.File, bare.GoBefore, bare.IdleBefore)
	for _, part := range []string{"queue", "counter"} {
		u := child(t, display, part)
		t.Logf("%s display: idle CPU before the first call %.1f ms/s, after the day %.1f ms/s", part, u.IdleBefore, u.IdleAfter)
		t.Logf("%s display: RSS %d kB before, %d kB after %d calls (%.2f× the bare window; anonymous %d → %d kB, file %d kB; Go heap in use %d kB, Go runtime %d → %d kB), the day took %v",
			part, u.RSSBefore, u.RSSAfter, u.Calls, float64(u.RSSAfter)/float64(bare.RSSBefore), u.Before.Anon, u.After.Anon, u.After.File, u.HeapAfter, u.GoBefore, u.GoAfter, u.DayTook)
		if u.IdleBefore > 20 || u.IdleAfter > 20 {
			t.Errorf("%s display: idle CPU %.1f ms/s before, %.1f after the day; want at most 20", part, u.IdleBefore, u.IdleAfter)
		}
		if limit := bare.RSSBefore * 12 / 10; u.RSSAfter > limit {
			t.Errorf("%s display: RSS after the day %d kB, over 1.2× the bare window's %d kB", part, u.RSSAfter, bare.RSSBefore)
		}
	}
}

// startXvfb starts Xvfb on display; it ends with the test.
func startXvfb(t *testing.T, display string) string {
	t.Helper()
	x := exec.Command("Xvfb", display, "-screen", "0", "1920x1080x24", "-nolisten", "tcp")
	if err := x.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { x.Process.Kill(); x.Wait() })
	time.Sleep(time.Second)
	return display
}

// child runs this test as part on display and returns what it reported.
func child(t *testing.T, display, part string) usage {
	t.Helper()
	c := exec.Command(os.Args[0], "-test.run=^TestResourcesOverADay$", "-test.v")
	c.Env = append(os.Environ(), childEnv+"="+part, "DISPLAY="+display)
	out, err := c.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	c.Stderr = os.Stderr
	if err := c.Start(); err != nil {
		t.Fatal(err)
	}
	var u usage
	found := false
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		if line, ok := strings.CutPrefix(strings.TrimSpace(sc.Text()), "usage "); ok {
			found = json.Unmarshal([]byte(line), &u) == nil
		}
	}
	if err := c.Wait(); err != nil || !found {
		t.Fatalf("child %s: %v (reported: %v)", part, err, found)
	}
	return u
}

// report prints u for the parent.
func report(u usage) {
	b, _ := json.Marshal(u)
	fmt.Printf("usage %s\n", b)
}

var colorWhite = color.NRGBA{R: 0xff, G: 0xff, B: 0xff, A: 0xff}

func splitLines(s string) []string { return strings.Split(s, "\n") }
