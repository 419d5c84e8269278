package speech_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"vuoro/kiosk/speech"
	audio "vuoro/shared/speech"
	"vuoro/shared/speech/speechtest"
)

func TestTones(t *testing.T) {
	for s, want := range map[speech.Sound]time.Duration{speech.SoundAlert: 370 * time.Millisecond, speech.SoundError: 550 * time.Millisecond} {
		info, err := audio.Inspect(speech.Tone(s))
		if err != nil {
			t.Fatal(err)
		}
		if info.Duration < want-time.Millisecond || info.Duration > want || info.Peak < 0.45 || info.Peak > 0.55 || info.Loud < 0.9 {
			t.Errorf("sound %d: %+v; want %v at half scale", s, info, want)
		}
	}
	if speech.Tone(speech.SoundNone) != nil {
		t.Error("SoundNone has a tone")
	}
}

// textSynth "synthesises" the text itself, so a player sees what it says.
type textSynth struct{}

func (textSynth) Synth(_ context.Context, lang, text string) ([]byte, error) {
	return []byte(lang + ": " + text), nil
}

// recorder plays by recording; a text it is told to hold blocks until
// its ctx ends, as a long utterance being played would.
type recorder struct {
	mu     sync.Mutex
	played []string
	hold   string
	held   chan struct{} // closed once the held text plays
}

func (r *recorder) Play(ctx context.Context, wav []byte) error {
	s := string(wav)
	if _, err := audio.Inspect(wav); err == nil {
		s = "tone"
	}
	r.mu.Lock()
	r.played = append(r.played, s)
	r.mu.Unlock()
	if s == r.hold {
		close(r.held)
		<-ctx.Done()
		return nil
	}
	return nil
}

func (r *recorder) wait(t *testing.T, n int) []string {
	t.Helper()
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(time.Millisecond) {
		r.mu.Lock()
		got := slices.Clone(r.played)
		r.mu.Unlock()
		if len(got) >= n {
			return got
		}
	}
	t.Fatalf("played %q, want %d", r.played, n)
	return nil
}

func TestQueueSaysInOrderAndFlushCutsStale(t *testing.T) {
	rec := &recorder{hold: "fi: Valitse virasto", held: make(chan struct{})}
	q, err := speech.New(speech.Options{Synth: textSynth{}, Player: rec})
	if err != nil {
		t.Fatal(err)
	}
	q.Start()
	defer q.Close()
	q.Say(speech.Utterance{Lang: "fi", Text: "Valitse virasto", Flush: true})
	<-rec.held // being said now
	q.Say(speech.Utterance{Lang: "fi", Text: "Verohallinto"})
	q.Say(speech.Utterance{Lang: "fi", Text: "Apua on tulossa", Sound: speech.SoundAlert})
	// A new screen: the title still being said and the stale focus go.
	q.Say(speech.Utterance{Lang: "sv", Text: "Välj myndighet", Flush: true})
	q.Say(speech.Utterance{Lang: "sv", Text: "Kela"})
	q.Say(speech.Utterance{Lang: "sv", Text: "Hjälp är på väg", Sound: speech.SoundAlert})
	want := []string{"fi: Valitse virasto", "sv: Välj myndighet", "sv: Kela", "tone", "sv: Hjälp är på väg"}
	if got := rec.wait(t, len(want)); !slices.Equal(got, want) {
		t.Errorf("played %q, want %q", got, want)
	}
}

// The queue really speaks into a folder of WAV files, one per utterance.
func TestQueueToDir(t *testing.T) {
	speechtest.NeedESpeak(t)
	dir := t.TempDir()
	errs := make(chan error, 10)
	q, err := speech.New(speech.Options{Synth: audio.ESpeak{}, Player: &audio.Dir{Path: dir}, OnError: func(err error) { errs <- err }})
	if err != nil {
		t.Fatal(err)
	}
	q.Start()
	q.Say(speech.Utterance{Lang: "en", Text: "Your number is R 19.", Sound: speech.SoundAlert})
	deadline := time.Now().Add(10 * time.Second)
	for files, _ := filepath.Glob(filepath.Join(dir, "*.wav")); len(files) < 2 && time.Now().Before(deadline); files, _ = filepath.Glob(filepath.Join(dir, "*.wav")) {
		time.Sleep(10 * time.Millisecond)
	}
	q.Close()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	for name, min := range map[string]time.Duration{"0001.wav": 300 * time.Millisecond, "0002.wav": time.Second} {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if info, err := audio.Inspect(b); err != nil || info.Duration < min || info.Peak < 0.1 {
			t.Errorf("%s: %+v, %v; want at least %v, audible", name, info, err, min)
		}
	}
}
