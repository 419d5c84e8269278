package announce_test

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"vuoro/display/announce"
	audio "vuoro/shared/speech"
	"vuoro/shared/speech/speechtest"
)

// The chime is about two seconds of sound at half scale, far longer than
// the kiosk's tones (0.37 and 0.55 s).
func TestChime(t *testing.T) {
	wav := announce.Chime()
	info, err := audio.Inspect(wav)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("chime: %v, peak %.2f, %.0f %% loud", info.Duration, info.Peak, 100*info.Loud)
	if info.Duration < 1500*time.Millisecond || info.Duration > 2500*time.Millisecond || info.Peak < 0.45 || info.Peak > 0.55 || info.Loud < 0.6 {
		t.Errorf("chime %+v: want 1.5–2.5 s, mostly audible, at half scale", info)
	}
	if err := os.WriteFile(filepath.Join(speechtest.Shots(t), "chime.wav"), wav, 0o644); err != nil {
		t.Fatal(err)
	}
}
