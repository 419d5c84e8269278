package flow

// Headset tells the model that a headset was plugged into the kiosk's
// jack, or pulled out. Plugged in, speech turns on and the current
// screen is said again, as at a first key press. Pulled out, speech goes
// back to Options.Speech, unless a key was pressed in this visit; what is
// still being said is cut off, so that it does not go on aloud.
func (m *Model) Headset(plugged bool) {
	a := &m.acc
	if a.headset == plugged {
		return
	}
	a.headset = plugged
	if plugged {
		a.speaking = true
		a.said = said{} // say the screen, and the focused choice, again
		return
	}
	was := a.speaking
	a.speaking = m.opts.Speech || a.keys
	if was && !a.speaking && m.opts.Speaker != nil {
		m.say(Utterance{Flush: true})
	}
}
