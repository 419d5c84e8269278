package flow

import (
	"strings"
	"unicode"

	"vuoro/shared/i18n"
)

// Speaker says what the kiosk shows, one utterance after another, never
// two at once; kiosk/speech's Queue is one. Say must not block.
type Speaker interface {
	Say(u Utterance)
}

// Sound is a tone played before an utterance, so that an alert reaches a
// citizen through more than one sense.
type Sound int

// The sounds.
const (
	SoundNone  Sound = iota
	SoundAlert       // help on its way, a notice: a rising chime
	SoundError       // something went wrong: a low tone
)

// Utterance is one thing to say, in the citizen's language.
type Utterance struct {
	Lang  i18n.Lang
	Text  string
	Sound Sound
	// Flush: a new screen or a new focus. What is still queued, and what
	// is being said, is stale: drop it.
	Flush bool
}

// access is the state of speech and keys of the citizen at the kiosk.
type access struct {
	speaking bool   // speech is on: Options.Speech, a headset, or a key was pressed
	headset  bool   // a headset is plugged in (headset.go)
	keys     bool   // a key was pressed: the focus is shown
	focus    int    // the focused choice on screen focusOn
	focusOn  Screen // the screen focus belongs to; another starts at 0
	said     said   // what Announce last said
}

// said is what was last said of a screen.
type said struct {
	screen, notice, err, focus string
	asking                     bool // "more time?" was on screen
}

// Announce tells Options.Speaker what changed since it was last called:
// a new screen's title and texts (the issued number as the citizen needs
// it, "R 19", and the way to the waiting room), the focused choice, and
// every alert with its sound. Call it after every change, where the view
// redraws. It says nothing until speech is on.
func (m *Model) Announce() {
	if m.opts.Speaker == nil || !m.acc.speaking {
		return
	}
	s := m.State()
	now := said{screen: string(s.Lang) + "\x00" + s.Screen.String() + "\x00" + s.Title + "\x00" + s.Number,
		notice: s.Notice, err: s.Error, asking: s.Question != nil}
	if f := m.markFocus(&s); f != nil {
		now.focus = string(f.id) + "\x00" + f.label
	}
	before := m.acc.said
	m.acc.said = now
	newScreen := now.screen != before.screen
	if newScreen {
		m.say(Utterance{Text: screenText(s), Sound: errSound(s.Error), Flush: true})
	} else if now.err != before.err && now.err != "" {
		m.say(Utterance{Text: s.Error, Sound: SoundError})
	}
	if now.notice != before.notice && now.notice != "" {
		m.say(Utterance{Text: s.Notice, Sound: SoundAlert})
	}
	if now.focus != before.focus && now.focus != "" && (!newScreen || hasChoices(s)) {
		m.sayFocus(now.focus, !newScreen)
	}
	if now.asking && !before.asking {
		m.sayQuestion(s.Question)
	}
}

// sayQuestion asks "more time?" aloud with the alert's sound: the time a
// citizen has is adjustable only if they hear that it is running out. A
// citizen on keys hears that any key answers.
func (m *Model) sayQuestion(q *Question) {
	answer := q.Answer.Label
	if m.acc.keys {
		answer = m.t(i18n.MoreTimeAnyKey)
	}
	m.say(Utterance{Text: q.Text + " " + q.Countdown + ". " + answer + ".", Sound: SoundAlert, Flush: true})
}

// sayFocus says the focused choice; a language button says the
// language's own name in its own voice.
func (m *Model) sayFocus(focus string, flush bool) {
	id, label, _ := strings.Cut(focus, "\x00")
	u := Utterance{Lang: m.lang, Text: label, Flush: flush}
	if code, ok := strings.CutPrefix(id, prefixLang); ok {
		if l, ok := i18n.Parse(code); ok {
			u.Lang, u.Text = l, langNames[l]
		}
	}
	m.opts.Speaker.Say(u)
}

// langNames are the languages as their speakers name them.
var langNames = map[i18n.Lang]string{i18n.FI: "suomi", i18n.SV: "svenska", i18n.EN: "English"}

// hasChoices reports whether a screen has choices of its own; on one
// without, the focus (on the bar) is not said with the screen.
func hasChoices(s State) bool { return len(s.Choices)+len(s.Inputs)+len(s.Keys) > 0 }

func (m *Model) say(u Utterance) {
	u.Lang = m.lang
	m.opts.Speaker.Say(u)
}

func errSound(err string) Sound {
	if err != "" {
		return SoundError
	}
	return SoundNone
}

// screenText is what is said of a screen, in reading order: the issued
// number spoken as "R 19", the people ahead, then the way.
func screenText(s State) string {
	parts := []string{s.Title}
	if s.Number != "" {
		parts = append(parts, strings.ReplaceAll(s.NumberText, s.Number, SpokenNumber(s.Number)))
		parts = append(parts, s.Lines...)
		parts = append(parts, s.Subtitle)
	} else {
		parts = append(parts, s.Subtitle)
		parts = append(parts, s.Lines...)
	}
	parts = append(parts, s.Error)
	var out []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, strings.TrimRight(p, ".!")+".")
		}
	}
	return strings.Join(out, " ")
}

// SpokenNumber is a call id as a citizen needs to hear it: letters apart
// from the number, "R19" → "R 19", so that it is not read as a word.
func SpokenNumber(id string) string {
	var b strings.Builder
	prev := rune(0)
	for _, r := range id {
		if prev != 0 && unicode.IsDigit(r) != unicode.IsDigit(prev) {
			b.WriteByte(' ')
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}
