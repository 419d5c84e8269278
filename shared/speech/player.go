package speech

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync/atomic"
)

// Aplay plays WAV files through ALSA's aplay (Debian package alsa-utils),
// to a headset or speaker. A cancelled ctx stops the playing.
type Aplay struct {
	Device string // an ALSA device, "default" if empty
}

// Play plays wav and returns when it has been played or ctx ended.
func (a Aplay) Play(ctx context.Context, wav []byte) error {
	dev := a.Device
	if dev == "" {
		dev = "default"
	}
	var errOut bytes.Buffer
	cmd := exec.CommandContext(ctx, "aplay", "-q", "-D", dev, "-")
	cmd.Stdin, cmd.Stderr = bytes.NewReader(wav), &errOut
	if err := cmd.Run(); err != nil && ctx.Err() == nil {
		return fmt.Errorf("speech: aplay: %w: %s", err, bytes.TrimSpace(errOut.Bytes()))
	}
	return nil
}

// Dir "plays" WAV files by writing them into a folder, numbered in the
// order they would be heard: 0001.wav, 0002.wav. A device without sound
// (under Xvfb, in tests) keeps its speech there to be listened to.
type Dir struct {
	Path string
	n    atomic.Int64
}

// Play writes wav as the folder's next file.
func (d *Dir) Play(ctx context.Context, wav []byte) error {
	if err := ctx.Err(); err != nil {
		return nil // stale: dropped, as a cut-off playing would be
	}
	name := filepath.Join(d.Path, fmt.Sprintf("%04d.wav", d.n.Add(1)))
	if err := os.WriteFile(name, wav, 0o644); err != nil {
		return fmt.Errorf("speech: %w", err)
	}
	return nil
}
