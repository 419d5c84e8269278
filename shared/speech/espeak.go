package speech

import (
	"bytes"
	"context"
	"fmt"
	"os/exec"
	"strconv"
)

// ESpeak synthesises speech with espeak-ng (Debian package espeak-ng).
type ESpeak struct {
	Path string // the program; "espeak-ng" on $PATH if empty
	Rate int    // words a minute; 150 if 0: unhurried, for every citizen
}

// voices are espeak-ng's voices for the devices' languages.
var voices = map[string]string{"fi": "fi", "sv": "sv", "en": "en-gb"}

// Synth returns text said in lang ("fi", "sv", "en") as a WAV file.
func (e ESpeak) Synth(ctx context.Context, lang, text string) ([]byte, error) {
	voice, ok := voices[lang]
	if !ok {
		return nil, fmt.Errorf("speech: no voice for language %q", lang)
	}
	path, rate := e.Path, e.Rate
	if path == "" {
		path = "espeak-ng"
	}
	if rate == 0 {
		rate = 150
	}
	var out, errOut bytes.Buffer
	cmd := exec.CommandContext(ctx, path, "-v", voice, "-s", strconv.Itoa(rate), "--stdout", "--", text)
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("speech: espeak-ng: %w: %s", err, bytes.TrimSpace(errOut.Bytes()))
	}
	return out.Bytes(), nil
}
