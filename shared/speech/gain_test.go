package speech_test

import (
	"bytes"
	"math"
	"testing"
	"time"

	"vuoro/shared/speech"
)

func TestGain(t *testing.T) {
	tone := speech.Tones(speech.Note{Freq: 440, D: 200 * time.Millisecond})
	before, _ := speech.Inspect(tone)
	for vol, want := range map[int]float64{100: before.Peak, 50: before.Peak / 4, 0: 0, 150: before.Peak, -3: 0} {
		out, err := speech.Gain(tone, speech.Volume(vol))
		if err != nil {
			t.Fatal(err)
		}
		info, err := speech.Inspect(out)
		if err != nil || math.Abs(info.Peak-want) > 0.001 || info.Duration != before.Duration {
			t.Errorf("volume %d: %+v, %v; want peak %.3f, %v long", vol, info, err, want, before.Duration)
		}
	}
	if again, _ := speech.Inspect(tone); again != before {
		t.Error("Gain changed its input")
	}
	if _, err := speech.Gain([]byte("RIFF...."), 1); err == nil {
		t.Error("Gain of a non-WAV: no error")
	}
	if out, _ := speech.Gain(tone, 1); !bytes.Equal(out, tone) {
		t.Error("gain 1 changed the samples")
	}
}
