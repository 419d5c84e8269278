package e2e

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// need skips the test when a program it runs is missing, or fails it in
// CI, where `make test` installs them (images/dev/test-deps.sh).
func need(t *testing.T, programs ...string) {
	t.Helper()
	for _, p := range programs {
		if _, err := exec.LookPath(p); err != nil {
			if os.Getenv("CI") != "" {
				t.Fatalf("%s not installed; make test installs it", p)
			}
			t.Skipf("%s not installed; make test installs it", p)
		}
	}
}

// screen is a virtual X screen (Xvfb) of 1280×800, the kiosk's window
// size, that the test looks at and taps like a citizen.
type screen struct {
	display string // ":N"
	shots   string // the folder of screenshots
}

// startScreen starts Xvfb on a free display; it ends with the test.
// Screenshots go to $VUORO_SHOTS if set, else to a folder of the test.
func startScreen(t *testing.T) *screen {
	t.Helper()
	need(t, "Xvfb", "xdotool", "import")
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	x := exec.Command("Xvfb", "-displayfd", "3", "-screen", "0", "1280x800x24", "-nolisten", "tcp")
	x.ExtraFiles = []*os.File{w} // fd 3: Xvfb writes the display it took
	if err := x.Start(); err != nil {
		t.Fatal(err)
	}
	w.Close()
	t.Cleanup(func() { x.Process.Kill(); x.Wait() })
	got := make(chan string, 1)
	go func() { line, _ := bufio.NewReader(r).ReadString('\n'); got <- strings.TrimSpace(line) }()
	s := &screen{shots: os.Getenv("VUORO_SHOTS")}
	select {
	case n := <-got:
		s.display = ":" + n
	case <-time.After(10 * time.Second):
		t.Fatal("Xvfb did not start")
	}
	if s.display == ":" {
		t.Fatal("Xvfb did not start")
	}
	if s.shots == "" {
		s.shots = t.TempDir()
	}
	if err := os.MkdirAll(s.shots, 0o755); err != nil {
		t.Fatal(err)
	}
	return s
}

// x runs an X client on the screen.
func (s *screen) x(t *testing.T, name string, args ...string) {
	t.Helper()
	c := exec.Command(name, args...)
	c.Env = append(os.Environ(), "DISPLAY="+s.display)
	if out, err := c.CombinedOutput(); err != nil {
		t.Fatalf("%s %v: %v\n%s", name, args, err, out)
	}
}

// tap taps the screen at p, and gives the kiosk a moment to draw the
// next screen.
func (s *screen) tap(t *testing.T, p point) {
	t.Helper()
	s.x(t, "xdotool", "mousemove", fmt.Sprint(p.x), fmt.Sprint(p.y), "click", "1")
	time.Sleep(150 * time.Millisecond)
}

// shot saves the screen as name.png for a person to look at.
func (s *screen) shot(t *testing.T, name string) {
	t.Helper()
	time.Sleep(300 * time.Millisecond) // the last tap's screen drawn
	s.x(t, "import", "-window", "root", filepath.Join(s.shots, name+".png"))
}

// point is a place on the kiosk's screen.
type point struct{ x, y int }

// Where the kiosk's buttons are on its 1280×800 window (kiosk/ui): the bar
// on top, the screens' buttons centred below their texts.
var (
	tapFI, tapSV, tapEN = point{52, 41}, point{148, 41}, point{244, 41}
	tapCancel           = point{978, 41}
	tapStart            = point{640, 493} // Aloita tästä
	tapVero, tapKela    = point{945, 410}, point{333, 578}
	tapHaveAppointment  = point{640, 566} // Minulla on ajanvaraus, under "ei ole"
	tapTypeInstead      = point{640, 555} // Kirjoita nimi ja aika
	tapNameField        = point{754, 242}
	tapTimeField        = point{754, 306}
	tapSpace, tapJatka  = point{496, 629}, point{803, 714}
)

// keyRows are the on-screen keyboard's keys, row by row.
var keyRows = []string{"1234567890", "QWERTYUIOPÅ", "ASDFGHJKLÖÄ", "ZXCVBNM-"}

// key is where the on-screen key of r is: rows of keys 80 px apart,
// each row centred, the digits' row at y 382 and the next ones 62 px down.
func key(r rune) point {
	for i, row := range keyRows {
		keys := []rune(row)
		for j, k := range keys {
			if k == r {
				return point{640 + (2*j-len(keys)+1)*40, 382 + 62*i}
			}
		}
	}
	panic(fmt.Sprintf("no key %q on the kiosk's keyboard", r))
}

// typeText taps s on the on-screen keyboard, a space on its space bar.
func (s *screen) typeText(t *testing.T, text string) {
	t.Helper()
	for _, r := range strings.ToUpper(text) {
		if r == ' ' {
			s.tap(t, tapSpace)
			continue
		}
		if r != ':' { // the kiosk puts the colon of a time in itself
			s.tap(t, key(r))
		}
	}
}
