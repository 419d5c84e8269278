package flow

// Key is a physical key of an accessible kiosk: on GPIO, or the arrows and
// Enter of a keyboard or USB keypad. Keys move a visible focus through
// every choice of the screen, so a citizen who cannot see or touch the
// screen can get a ticket alone.
type Key int

// The keys.
const (
	KeyPrev   Key = iota + 1 // the focus to the previous choice
	KeyNext                  // the focus to the next choice
	KeySelect                // choose the focused choice, as a tap on it
	KeyHelp                  // call for help, as the Help button
)

// Press handles a key and returns the job it starts, if any. The first
// key turns speech on (Options.Speech) and shows the focus; it only
// shows where the focus is, so that a citizen who cannot see it chooses
// nothing by chance.
func (m *Model) Press(k Key) *Job {
	a := &m.acc
	first := !a.keys
	a.keys, a.speaking = true, true
	if a.focusOn != m.screen {
		a.focus, a.focusOn = 0, m.screen
	}
	if m.ask.on { // any key answers "more time?", and does only that
		m.touch()
		return nil
	}
	m.touch()
	s := m.State()
	items := focusable(&s)
	n := len(items)
	switch {
	case k == KeyHelp:
		return m.Help()
	case first || n == 0:
		a.said = said{} // say the screen and the focused choice again
	case k == KeyNext:
		a.focus = (a.focus + 1) % n
	case k == KeyPrev:
		a.focus = (a.focus + n - 1) % n
	case k == KeySelect:
		return m.Tap(items[a.focus%n].id)
	}
	return nil
}

// focusItem is one choice the keys move through.
type focusItem struct {
	id    Action
	label string
	mark  *bool // its KeyFocus in the State
}

// focusable lists the choices the keys move through, in reading order:
// the screen's fields and choices, the on-screen keys, then the bar.
// Disabled choices are kept, their labels say why (closed); the bar's
// disabled Cancel is left out. A field is named by its label only: what
// is typed is personal data, not spoken.
func focusable(s *State) []focusItem {
	var out []focusItem
	for i := range s.Inputs {
		f := &s.Inputs[i]
		out = append(out, focusItem{f.ID, f.Label, &f.KeyFocus})
	}
	add := func(bs []Button, all bool) {
		for i := range bs {
			if all || bs[i].Enabled {
				out = append(out, focusItem{bs[i].ID, bs[i].Label, &bs[i].KeyFocus})
			}
		}
	}
	add(s.Choices, true)
	for _, row := range s.Keys {
		add(row, true)
	}
	add(s.Bar, false)
	return out
}

// markFocus marks the focused choice of s, once a key has been pressed,
// and returns it.
func (m *Model) markFocus(s *State) *focusItem {
	if !m.acc.keys {
		return nil
	}
	items := focusable(s)
	if len(items) == 0 {
		return nil
	}
	i := 0
	if m.acc.focusOn == m.screen {
		i = m.acc.focus % len(items)
	}
	*items[i].mark = true
	return &items[i]
}
