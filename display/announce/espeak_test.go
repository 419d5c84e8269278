package announce_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"vuoro/display/announce"
	"vuoro/display/board"
	"vuoro/shared/speech"
	"vuoro/shared/speech/speechtest"
)

// Each language's call, really synthesised by espeak-ng: long enough to
// be the whole sentence, and loud. The WAV files are left in $VUORO_SHOTS
// to be listened to.
func TestESpeakEachLanguage(t *testing.T) {
	speechtest.NeedESpeak(t)
	dir := speechtest.Shots(t)
	for _, lang := range announce.Languages {
		text, err := announce.Text(lang, "R19", "6")
		if err != nil {
			t.Fatal(err)
		}
		wav, err := speech.ESpeak{}.Synth(context.Background(), lang, text)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "call-R19-"+lang+".wav"), wav, 0o644); err != nil {
			t.Fatal(err)
		}
		info, err := speech.Inspect(wav)
		if err != nil {
			t.Fatalf("%s: %v", lang, err)
		}
		t.Logf("%s %q: %v, peak %.2f, %.0f %% loud", lang, text, info.Duration, info.Peak, 100*info.Loud)
		if info.Duration < 1500*time.Millisecond || info.Duration > 5*time.Second || info.Peak < 0.1 || info.Loud < 0.3 {
			t.Errorf("%s: %+v: want 1.5–5 s of audible speech", lang, info)
		}
	}
}

// The announcer with espeak-ng and a folder for a player: a call in three
// languages is four WAV files, the chime and then each language in the
// order of the settings, at their volume.
func TestAnnouncerToDir(t *testing.T) {
	speechtest.NeedESpeak(t)
	dir := t.TempDir()
	order := []string{"sv", "en", "fi"}
	settings := board.Settings{Languages: order, Sound: true, Volume: 80}
	a, err := announce.New(announce.Options{Synth: speech.ESpeak{}, Player: &speech.Dir{Path: dir},
		Settings: func() board.Settings { return settings }, OnError: func(err error) { t.Error(err) }})
	if err != nil {
		t.Fatal(err)
	}
	a.Start()
	a.Announce(call("R19"))
	deadline := time.Now().Add(10 * time.Second)
	for files, _ := filepath.Glob(filepath.Join(dir, "*.wav")); len(files) < 4 && time.Now().Before(deadline); files, _ = filepath.Glob(filepath.Join(dir, "*.wav")) {
		time.Sleep(10 * time.Millisecond)
	}
	a.Close()
	want := [][]byte{announce.Chime()}
	for _, lang := range order {
		text, _ := announce.Text(lang, "R19", "6")
		wav, err := speech.ESpeak{}.Synth(context.Background(), lang, text)
		if err != nil {
			t.Fatal(err)
		}
		want = append(want, wav)
	}
	for i, w := range want {
		got, err := os.ReadFile(filepath.Join(dir, fmt.Sprintf("%04d.wav", i+1)))
		if err != nil {
			t.Fatal(err)
		}
		if w, _ = speech.Gain(w, speech.Volume(80)); !bytes.Equal(got, w) {
			t.Errorf("%04d.wav is not the chime then %v in order, at volume 80", i+1, order)
		}
	}
}
