package speech

import (
	"math"
	"time"
)

// Sound is a tone before an utterance.
type Sound int

// The sounds, as kiosk/flow names them.
const (
	SoundNone  Sound = iota
	SoundAlert       // a rising two-note chime: help, a notice
	SoundError       // a low, longer tone: something went wrong
)

const toneRate = 22050

// note is a sine of freq Hz for d.
type note struct {
	freq float64
	d    time.Duration
}

var sounds = map[Sound][]note{
	SoundAlert: {{660, 150 * time.Millisecond}, {880, 220 * time.Millisecond}},
	SoundError: {{330, 200 * time.Millisecond}, {247, 350 * time.Millisecond}},
}

// Tone returns the sound as a WAV file, or nil for SoundNone.
func Tone(s Sound) []byte {
	notes := sounds[s]
	if notes == nil {
		return nil
	}
	var pcm []int16
	for _, n := range notes {
		pcm = append(pcm, sine(n)...)
	}
	return encodeWAV(pcm, toneRate)
}

// sine is one note at half scale, faded in and out over 10 ms so that it
// starts and ends without a click.
func sine(n note) []int16 {
	count := int(n.d.Seconds() * toneRate)
	fade := toneRate / 100
	out := make([]int16, count)
	for i := range out {
		gain := min(1, float64(i)/float64(fade), float64(count-1-i)/float64(fade))
		out[i] = int16(0.5 * 32767 * gain * math.Sin(2*math.Pi*n.freq*float64(i)/toneRate))
	}
	return out
}
