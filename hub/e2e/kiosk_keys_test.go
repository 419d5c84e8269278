package e2e

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/creack/pty"

	"vuoro/shared/speech"
)

// The real kiosk program on a virtual screen, driven by its keys alone: a
// citizen who cannot see or touch the screen gets a printed ticket, and
// hears each screen. The keys come through -key-events on a
// pseudo-terminal, the path the GPIO keys' presses take into the window
// (kiosk.Key); the GPIO pins themselves are drivers/gpio's tests' part.
// The speech is espeak-ng's, written as WAV files instead of played.
func TestKioskProgramByKeysAlone(t *testing.T) {
	need(t, "espeak-ng")
	s := startScreen(t)
	h := startHub(t, t.TempDir(), "")
	t.Cleanup(func() { h.Close() })
	keys, tty, err := pty.Open()
	if err != nil {
		t.Fatalf("no pseudo-terminal: %v", err)
	}
	t.Cleanup(func() { keys.Close(); tty.Close() })
	said := filepath.Join(t.TempDir(), "speech")
	k := startKioskProgram(t, h, s, "-key-events", tty.Name(), "-speech-out", said)
	k.waitLog(t, `msg="key events ready"`)
	press := func(names ...string) {
		for _, n := range names {
			if _, err := keys.Write([]byte(n + "\n")); err != nil {
				t.Fatal(err)
			}
			time.Sleep(250 * time.Millisecond)
		}
	}
	press("next") // the first key shows the focus and speaks: Aloita tästä
	s.shot(t, "kiosk-keys-1-start")
	press("select", "next") // the agencies: the second one
	s.shot(t, "kiosk-keys-2-agency")
	press("prev", "select", "select", "select") // the first agency, without an appointment, its first service
	printed := k.ticket(t, 1, "Kutsutunniste")
	t.Logf("ticket by keys:\n%s", printed)
	s.shot(t, "kiosk-keys-3-success")
	checkSpeech(t, said)
}

// checkSpeech waits for the spoken screens and checks each WAV is speech:
// long enough, and not silent.
func checkSpeech(t *testing.T, dir string) {
	t.Helper()
	var files []string
	for start := time.Now(); len(files) < 6 && time.Since(start) < 20*time.Second; time.Sleep(100 * time.Millisecond) {
		files, _ = filepath.Glob(filepath.Join(dir, "*.wav"))
	}
	if len(files) < 6 {
		t.Fatalf("%d utterances said, want at least 6 (start, agency, service, issuing, success and their focus)", len(files))
	}
	var total time.Duration
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		info, err := speech.Inspect(b)
		if err != nil || info.Duration < 200*time.Millisecond || info.Peak < 0.1 {
			t.Errorf("%s: %+v, %v: want audible speech", filepath.Base(f), info, err)
		}
		total += info.Duration
	}
	t.Logf("%d utterances, %v of speech in %s", len(files), total, dir)
}
