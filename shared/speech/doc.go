// Package speech is the sound the devices make, shared by the kiosk and
// the displays: espeak-ng's voices for fi, sv and en (ESpeak), players
// that play a WAV file through aplay or write it into a folder (Aplay,
// Dir), tones generated as WAV files (Tones), a volume applied to a WAV
// file (Gain), and Inspect, which measures a WAV file's length and
// loudness for the tests and for whoever listens to them.
//
// What is said and when is the device's business: kiosk/speech queues the
// kiosk's screens, display/announce the displays' calls.
package speech

import "context"

// Synth turns text into a WAV file; ESpeak is one.
type Synth interface {
	Synth(ctx context.Context, lang, text string) ([]byte, error)
}

// Player plays a WAV file, returning when it has been played or early
// when ctx ends; Aplay and Dir are two.
type Player interface {
	Play(ctx context.Context, wav []byte) error
}
