package speech_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"vuoro/shared/speech"
	"vuoro/shared/speech/speechtest"
)

// Speech is really synthesised in each language, long enough and loud.
func TestESpeakEachLanguage(t *testing.T) {
	speechtest.NeedESpeak(t)
	texts := map[string]string{
		"fi": "Ilmoittautuminen onnistui. Vuoronumerosi on R 19. Siirry odotusaulaan seuraamalla keltaista viivaa.",
		"sv": "Anmälan lyckades. Ditt könummer är R 19. Gå till väntsalen längs den gula linjen.",
		"en": "Check-in successful. Your number is R 19. Go to the waiting room along the yellow line.",
	}
	dir := speechtest.Shots(t)
	for lang, text := range texts {
		wav, err := speech.ESpeak{}.Synth(context.Background(), lang, text)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "speech-"+lang+".wav"), wav, 0o644); err != nil {
			t.Fatal(err)
		}
		info, err := speech.Inspect(wav)
		if err != nil {
			t.Fatalf("%s: %v", lang, err)
		}
		t.Logf("%s: %v at %d Hz, peak %.2f, %.0f %% loud", lang, info.Duration, info.Rate, info.Peak, 100*info.Loud)
		if info.Duration < 3*time.Second || info.Peak < 0.1 || info.Loud < 0.3 {
			t.Errorf("%s: %+v: want at least 3 s of audible speech", lang, info)
		}
	}
	if _, err := (speech.ESpeak{}).Synth(context.Background(), "de", "Hallo"); err == nil {
		t.Error("a language without a voice: no error")
	}
}
