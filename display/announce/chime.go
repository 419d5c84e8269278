package announce

import (
	"math"
	"sync"
	"time"

	"vuoro/shared/speech"
)

// strike is one note of the chime: a bell-like tone struck at At.
type strike struct {
	At   time.Duration
	Freq float64
}

// gong is the chime: three soft strikes falling G5, E5, C5, each ringing
// on under the next. It is unlike the kiosk's alert (two flat rising
// notes), so a citizen hears a call apart from a kiosk's help tone.
var gong = []strike{{0, 784}, {450 * time.Millisecond, 659}, {900 * time.Millisecond, 523}}

const (
	ring   = 1200 * time.Millisecond // how long a strike sounds
	decay  = 0.35                    // seconds for a strike to fall to 1/e
	attack = 0.005                   // seconds of rise, against a click
	peak   = 0.5                     // of full scale, as the kiosk's tones
)

// partials are a strike's overtones, relative to its note: a little of the
// octave and the twelfth make it a bell rather than a beep.
var partials = []struct{ mult, amp float64 }{{1, 1}, {2, 0.3}, {3, 0.08}}

var chime = sync.OnceValue(func() []byte { return speech.EncodeWAV(render(gong), speech.ToneRate) })

// Chime is the sound before each call, as a WAV file. Do not change it.
func Chime() []byte { return chime() }

// render mixes the strikes and scales the mix to peak.
func render(strikes []strike) []int16 {
	rate := float64(speech.ToneRate)
	end := strikes[len(strikes)-1].At + ring
	mix := make([]float64, int(end.Seconds()*rate))
	for _, s := range strikes {
		from := int(s.At.Seconds() * rate)
		for i := range int(ring.Seconds() * rate) {
			t := float64(i) / rate
			env := math.Exp(-t/decay) * min(1, t/attack)
			for _, p := range partials {
				mix[from+i] += env * p.amp * math.Sin(2*math.Pi*s.Freq*p.mult*t)
			}
		}
	}
	top := 0.0
	for _, v := range mix {
		top = max(top, math.Abs(v))
	}
	out := make([]int16, len(mix))
	for i, v := range mix {
		out[i] = int16(v / top * peak * 32767)
	}
	return out
}
