package speech

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"time"
)

// EncodeWAV wraps mono 16-bit samples at rate in a WAV file.
func EncodeWAV(samples []int16, rate int) []byte {
	var b bytes.Buffer
	data := uint32(2 * len(samples))
	w := func(v any) { _ = binary.Write(&b, binary.LittleEndian, v) }
	b.WriteString("RIFF")
	w(36 + data)
	b.WriteString("WAVEfmt ")
	w(uint32(16))
	w(uint16(1)) // PCM
	w(uint16(1)) // mono
	w(uint32(rate))
	w(uint32(2 * rate))
	w(uint16(2))
	w(uint16(16))
	b.WriteString("data")
	w(data)
	w(samples)
	return b.Bytes()
}

// Info is what Inspect finds in a WAV file.
type Info struct {
	Duration time.Duration
	Rate     int
	// Peak is the loudest sample, 0 (silence) to 1 (full scale); Loud is
	// the share of samples louder than 1 % of full scale.
	Peak, Loud float64
}

// Inspect reads a mono or stereo 16-bit PCM WAV file. A streamed WAV
// whose sizes are not filled in (espeak-ng --stdout) is read to its end.
func Inspect(b []byte) (Info, error) {
	p, err := findPCM(b)
	if err != nil {
		return Info{}, err
	}
	return measure(b[p.start:p.end], p.rate, p.channels), nil
}

// pcm is where a WAV file's samples are: b[start:end].
type pcm struct {
	start, end     int
	rate, channels int
}

// findPCM finds the samples of a 16-bit PCM WAV file.
func findPCM(b []byte) (pcm, error) {
	if len(b) < 12 || string(b[:4]) != "RIFF" || string(b[8:12]) != "WAVE" {
		return pcm{}, errors.New("speech: not a WAV file")
	}
	var channels, bits uint16
	var rate uint32
	for p := 12; p+8 <= len(b); {
		id, size := string(b[p:p+4]), int(binary.LittleEndian.Uint32(b[p+4:]))
		p += 8
		switch id {
		case "fmt ":
			if p+16 > len(b) {
				return pcm{}, errors.New("speech: short fmt chunk")
			}
			channels, rate, bits = binary.LittleEndian.Uint16(b[p+2:]), binary.LittleEndian.Uint32(b[p+4:]), binary.LittleEndian.Uint16(b[p+14:])
		case "data":
			if bits != 16 || channels == 0 || rate == 0 {
				return pcm{}, fmt.Errorf("speech: WAV of %d bits, %d channels, %d Hz: want 16-bit PCM", bits, channels, rate)
			}
			if size <= 0 || p+size > len(b) {
				size = len(b) - p
			}
			return pcm{start: p, end: p + size&^1, rate: int(rate), channels: int(channels)}, nil
		}
		p += size + size&1
	}
	return pcm{}, errors.New("speech: WAV without data")
}

func measure(pcm []byte, rate, channels int) Info {
	n := len(pcm) / 2
	info := Info{Rate: rate, Duration: time.Duration(n/channels) * time.Second / time.Duration(rate)}
	loud := 0
	for i := range n {
		v := math.Abs(float64(int16(binary.LittleEndian.Uint16(pcm[2*i:])))) / 32768
		info.Peak = max(info.Peak, v)
		if v > 0.01 {
			loud++
		}
	}
	if n > 0 {
		info.Loud = float64(loud) / float64(n)
	}
	return info
}
