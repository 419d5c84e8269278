package speech

import (
	"encoding/binary"
	"math"
)

// Volume is the gain of a volume setting of 0 (silent) to 100 (as made):
// the square of volume/100, so that equal steps sound about equal (50 is
// a quarter of the amplitude, -12 dB). Out of range is clamped.
func Volume(volume int) float64 {
	v := float64(min(max(volume, 0), 100)) / 100
	return v * v
}

// Gain returns a copy of the 16-bit PCM WAV file wav with every sample
// multiplied by g (0 to 1); wav itself is not changed.
func Gain(wav []byte, g float64) ([]byte, error) {
	p, err := findPCM(wav)
	if err != nil {
		return nil, err
	}
	out := append([]byte(nil), wav...)
	for i := p.start; i+1 < p.end; i += 2 {
		v := float64(int16(binary.LittleEndian.Uint16(out[i:])))
		binary.LittleEndian.PutUint16(out[i:], uint16(int16(math.Round(v*g))))
	}
	return out, nil
}
