// Package speechtest helps the tests of speech: a test that needs the real
// espeak-ng, and a folder to leave WAV files in to be listened to.
package speechtest

import (
	"os"
	"os/exec"
	"testing"
)

// NeedESpeak skips a test without espeak-ng, except in CI where
// images/dev/test-deps.sh installs it.
func NeedESpeak(t testing.TB) {
	t.Helper()
	if _, err := exec.LookPath("espeak-ng"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("espeak-ng missing: run images/dev/test-deps.sh")
		}
		t.Skip("espeak-ng missing")
	}
}

// Shots is where a test leaves its WAV files to listen to: $VUORO_SHOTS,
// or a temporary folder.
func Shots(t testing.TB) string {
	if d := os.Getenv("VUORO_SHOTS"); d != "" {
		return d
	}
	return t.TempDir()
}
