package speech

import (
	"math"
	"time"
)

// ToneRate is the sample rate of generated tones.
const ToneRate = 22050

// Note is a sine of Freq Hz for D.
type Note struct {
	Freq float64
	D    time.Duration
}

// Tones returns the notes, one after another, as a WAV file at half
// scale; nil for no notes.
func Tones(notes ...Note) []byte {
	if len(notes) == 0 {
		return nil
	}
	var pcm []int16
	for _, n := range notes {
		pcm = append(pcm, sine(n)...)
	}
	return EncodeWAV(pcm, ToneRate)
}

// sine is one note at half scale, faded in and out over 10 ms so that it
// starts and ends without a click.
func sine(n Note) []int16 {
	count := int(n.D.Seconds() * ToneRate)
	fade := ToneRate / 100
	out := make([]int16, count)
	for i := range out {
		gain := min(1, float64(i)/float64(fade), float64(count-1-i)/float64(fade))
		out[i] = int16(0.5 * 32767 * gain * math.Sin(2*math.Pi*n.Freq*float64(i)/ToneRate))
	}
	return out
}
