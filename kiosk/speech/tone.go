package speech

import (
	"time"

	"vuoro/shared/speech"
)

// Sound is a tone before an utterance.
type Sound int

// The sounds, as kiosk/flow names them.
const (
	SoundNone  Sound = iota
	SoundAlert       // a rising two-note chime: help, a notice
	SoundError       // a low, longer tone: something went wrong
)

var sounds = map[Sound][]speech.Note{
	SoundAlert: {{Freq: 660, D: 150 * time.Millisecond}, {Freq: 880, D: 220 * time.Millisecond}},
	SoundError: {{Freq: 330, D: 200 * time.Millisecond}, {Freq: 247, D: 350 * time.Millisecond}},
}

// Tone returns the sound as a WAV file, or nil for SoundNone.
func Tone(s Sound) []byte { return speech.Tones(sounds[s]...) }
