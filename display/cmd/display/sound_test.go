package main

import (
	"io"
	"log/slog"
	"path/filepath"
	"testing"
	"time"

	"vuoro/display/board"
)

// wavs waits a little for n WAV files in dir and returns how many came.
func wavs(t *testing.T, dir string, n int) int {
	t.Helper()
	var files []string
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		files, _ = filepath.Glob(filepath.Join(dir, "*.wav"))
		if len(files) >= n {
			time.Sleep(50 * time.Millisecond) // nothing more comes
			files, _ = filepath.Glob(filepath.Join(dir, "*.wav"))
			break
		}
	}
	return len(files)
}

// -sound-out DIR: the queue display announces calls to the rooms it
// shows; the counter display chimes; -sound-out off is silent.
func TestSound(t *testing.T) {
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	settings := func() board.Settings {
		s := board.DefaultSettings()
		s.Rooms, s.Languages = []string{"6"}, nil // chime only: no espeak-ng needed
		return s
	}
	tests := []struct {
		mode, room string
		calls      []board.Entry
		want       int
	}{
		{"queue", "", []board.Entry{{CallID: "R19", Room: "6"}, {CallID: "R20", Room: "7"}, {CallID: "R19", Room: "6"}}, 2},
		{"counter", "6", []board.Entry{{CallID: "R19", Room: "6"}}, 1},
	}
	for _, tt := range tests {
		dir := t.TempDir()
		cfg := config{mode: tt.mode, room: tt.room, soundOut: dir}
		s, err := openSound(cfg, settings, quiet)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range tt.calls {
			s.call(c)
			if wavs(t, dir, 1) == 0 {
				t.Fatalf("%s: no chime", tt.mode)
			}
		}
		if got := wavs(t, dir, tt.want); got != tt.want {
			t.Errorf("%s: %d WAV files, want %d", tt.mode, got, tt.want)
		}
		s.close()
	}
	off, err := openSound(config{mode: "queue", soundOut: "off"}, settings, quiet)
	if err != nil {
		t.Fatal(err)
	}
	off.call(board.Entry{CallID: "R19", Room: "6"})
	off.close()
}
