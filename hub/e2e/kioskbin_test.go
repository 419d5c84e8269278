package e2e

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/creack/pty"

	"vuoro/hub/queue"
	"vuoro/hub/server"
)

// kioskProc is the real kiosk program (kiosk/cmd/kiosk) running on a
// virtual screen, enrolled in the hub, printing to a virtual printer and
// reading a serial barcode reader on a pseudo-terminal.
type kioskProc struct {
	tickets string   // the virtual printer's folder: ticket-0001.png and .txt, ...
	reader  *os.File // the reader's side of the pseudo-terminal: writing to it is a scan
	log     string   // the kiosk's log file
}

// startKioskProgram builds the kiosk, enrols it as kiosk-1 and starts it
// on s with the extra flags; it is stopped at the end of the test.
func startKioskProgram(t *testing.T, h *server.Hub, s *screen, extra ...string) *kioskProc {
	t.Helper()
	dir := t.TempDir()
	bin := filepath.Join(dir, "kiosk")
	if out, err := exec.Command("go", "build", "-o", bin, "vuoro/kiosk/cmd/kiosk").CombinedOutput(); err != nil {
		t.Fatalf("go build kiosk: %v\n%s", err, out)
	}
	_, code, err := h.Devices().Enrol("clerk:paakayttaja", "kiosk-1", queue.DeviceKiosk, "")
	if err != nil {
		t.Fatal(err)
	}
	master, tty, err := pty.Open()
	if err != nil {
		t.Fatalf("no pseudo-terminal: %v", err)
	}
	t.Cleanup(func() { master.Close(); tty.Close() })
	k := &kioskProc{tickets: filepath.Join(dir, "tickets"), reader: master, log: filepath.Join(dir, "kiosk.log")}
	logFile, err := os.Create(k.log)
	if err != nil {
		t.Fatal(err)
	}
	defer logFile.Close()
	cmd := exec.Command(bin, "-site", "lahti", "-credentials", filepath.Join(dir, "kiosk.json"),
		"-enrol", code, "-hub", "http://"+h.HTTPAddr(), "-broker", "tcp://"+h.MQTTAddr(),
		"-printer", "virtual:"+k.tickets, "-barcode", "serial:"+tty.Name())
	cmd.Args = append(cmd.Args, extra...)
	// Fyne takes a locale named C for a broken one; the kiosk picks its
	// languages itself. FYNE_SCALE 1: the window is 1280×800 pixels.
	cmd.Env = append(os.Environ(), "DISPLAY="+s.display, "LC_ALL=C", "LANG=C", "FYNE_SCALE=1")
	cmd.Stdout, cmd.Stderr = logFile, logFile
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cmd.Process.Signal(os.Interrupt)
		done := make(chan struct{})
		go func() { cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			cmd.Process.Kill()
			<-done
		}
		if t.Failed() {
			b, _ := os.ReadFile(k.log)
			t.Logf("kiosk log:\n%s", b)
		}
	})
	k.waitLog(t, `msg="barcode reader ready"`)
	k.waitLog(t, `online=true`)
	return k
}

// waitLog waits until the kiosk has logged s.
func (k *kioskProc) waitLog(t *testing.T, s string) {
	t.Helper()
	for start := time.Now(); ; time.Sleep(50 * time.Millisecond) {
		b, _ := os.ReadFile(k.log)
		if strings.Contains(string(b), s) {
			return
		}
		if time.Since(start) > 20*time.Second {
			t.Fatalf("the kiosk never logged %q:\n%s", s, b)
		}
	}
}

// scan is a card read at the barcode reader: its code and an Enter.
func (k *kioskProc) scan(t *testing.T, code string) {
	t.Helper()
	if _, err := k.reader.Write([]byte(code + "\r\n")); err != nil {
		t.Fatal(err)
	}
}

// ticket waits for the printer's ticket n (1, 2, ...) and returns its text
// as the virtual printer decoded it.
func (k *kioskProc) ticket(t *testing.T, n int, want string) string {
	t.Helper()
	path := filepath.Join(k.tickets, fmt.Sprintf("ticket-%04d.txt", n))
	for start := time.Now(); ; time.Sleep(50 * time.Millisecond) {
		b, err := os.ReadFile(path)
		if err == nil && strings.Contains(string(b), want) {
			return string(b)
		}
		if time.Since(start) > 20*time.Second {
			t.Fatalf("no ticket %d with %q printed (%v):\n%s", n, want, err, b)
		}
	}
}
