// Package speech says what the kiosk shows: a Queue takes utterances, has
// them synthesised (shared/speech: espeak-ng, voices fi, sv and en) and
// played (aplay, or WAV files in a folder) one after another, so speech
// never overlaps; an utterance marked Flush (a new screen, a new focus)
// drops the stale queue and stops what is being said. An alert's tone is
// chosen here.
package speech
