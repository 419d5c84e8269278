package announce_test

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"vuoro/display/announce"
	"vuoro/shared/speech"
)

// fakeSynth "synthesises" a text as a WAV file that only it can read back:
// the n-th text it was given is n+1 samples long.
type fakeSynth struct {
	mu    sync.Mutex
	texts []string
}

func (f *fakeSynth) Synth(_ context.Context, lang, text string) ([]byte, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.texts = append(f.texts, lang+": "+text)
	pcm := make([]int16, len(f.texts))
	for i := range pcm {
		pcm[i] = 16000
	}
	return speech.EncodeWAV(pcm, speech.ToneRate), nil
}

// read says what a WAV file the announcer played is: "chime", or the text
// fakeSynth made it of.
func (f *fakeSynth) read(wav []byte) string {
	if len(wav) == len(announce.Chime()) {
		return "chime"
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	n := (len(wav) - 44) / 2
	if n < 1 || n > len(f.texts) {
		return fmt.Sprintf("unknown WAV of %d samples", n)
	}
	return f.texts[n-1]
}

// fakePlayer records what would be played. The first sound it is told to
// hold plays until release is closed, as a long one does; its ctx ending first
// is a cut-off, which it records.
type fakePlayer struct {
	synth   *fakeSynth
	mu      sync.Mutex
	played  []string
	peaks   []float64
	cutOff  int
	hold    string
	didHold bool
	held    chan struct{} // closed when the held sound starts
	release chan struct{}
}

func newPlayer(s *fakeSynth, hold string) *fakePlayer {
	return &fakePlayer{synth: s, hold: hold, held: make(chan struct{}), release: make(chan struct{})}
}

func (p *fakePlayer) Play(ctx context.Context, wav []byte) error {
	what := p.synth.read(wav)
	info, _ := speech.Inspect(wav)
	p.mu.Lock()
	p.played = append(p.played, what)
	p.peaks = append(p.peaks, info.Peak)
	hold := what == p.hold && !p.didHold
	p.didHold = p.didHold || hold
	p.mu.Unlock()
	if hold {
		close(p.held)
		select {
		case <-p.release:
		case <-ctx.Done():
			p.mu.Lock()
			p.cutOff++
			p.mu.Unlock()
		}
	}
	return nil
}

// wait waits until n sounds have been played and returns them.
func (p *fakePlayer) wait(t *testing.T, n int) []string {
	t.Helper()
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(time.Millisecond) {
		p.mu.Lock()
		got := slices.Clone(p.played)
		p.mu.Unlock()
		if len(got) >= n {
			return got
		}
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	t.Fatalf("played %q, want %d sounds", p.played, n)
	return nil
}
