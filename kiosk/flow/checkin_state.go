package flow

import (
	"time"

	"vuoro/shared/i18n"
)

// checkinState fills in the check-in's screens.
func (m *Model) checkinState(s *State) {
	switch m.screen {
	case ScreenKind:
		s.Title = m.t(i18n.CheckInHere)
		if a := m.findAgency(m.agency); a != nil {
			s.Subtitle = m.name(a.Names)
		}
		s.Choices = []Button{m.button(ActNoAppointment, i18n.HaveNoAppointment), m.button(ActAppointment, i18n.HaveAppointment)}
	case ScreenAppointment:
		s.Title = m.t(i18n.WithAppointment)
		s.Subtitle = m.t(i18n.ScanCard)
		s.Lines = []string{m.t(i18n.ReaderWhere)}
		if m.appt.cardErr != nil {
			s.Error = m.t(i18n.CardUnreadable) + " " + m.t(cardReason(m.appt.cardErr)) + " " + m.t(i18n.CardRetry)
		}
		s.Choices = []Button{m.button(ActType, i18n.OrType)}
	case ScreenTyping:
		m.typingState(s)
	case ScreenCheckingIn:
		s.Title = m.t(i18n.CheckingIn)
	}
}

func (m *Model) typingState(s *State) {
	s.Title = m.t(i18n.TypeNameTime)
	f := m.focused()
	s.Inputs = []Input{
		{ID: FieldAction(FieldName), Label: m.t(i18n.NameField), Value: m.appt.name, Placeholder: m.t(i18n.NamePlaceholder), Focused: f == FieldName},
		{ID: FieldAction(FieldTime), Label: m.t(i18n.TimeField), Value: m.appt.clock, Placeholder: m.t(i18n.TimePlaceholder), Focused: f == FieldTime},
	}
	s.Keys = m.keyboard(f)
	next := m.button(ActContinue, i18n.Continue)
	next.Enabled = m.typedOK()
	s.Choices = []Button{m.button(ActCancel, i18n.Cancel), next}
}

// keyRows are the on-screen keyboard: digits for the time, the Finnish
// letters for the name.
var keyRows = []string{"1234567890", "QWERTYUIOPÅ", "ASDFGHJKLÖÄ", "ZXCVBNM-"}

func (m *Model) keyboard(f Field) [][]Button {
	var rows [][]Button
	for i, row := range keyRows {
		var keys []Button
		for _, r := range row {
			keys = append(keys, Button{ID: KeyAction(r), Label: string(r), Enabled: (i == 0) == (f == FieldTime)})
		}
		rows = append(rows, keys)
	}
	space, erase := m.button(ActSpace, i18n.Space), m.button(ActErase, i18n.Erase)
	space.Enabled = f == FieldName
	return append(rows, []Button{space, erase})
}

// checkedLines fill in the success screen of a matched appointment: the
// greeting by first name, when it is called and where.
func (m *Model) checkedLines(s *State) {
	c := m.appt.checked
	if c == nil {
		return
	}
	if c.FirstName != "" {
		s.Title = m.t(i18n.Greeting, c.FirstName)
	}
	s.Lines = []string{m.t(i18n.CalledAt, c.At.In(m.location()).Format("15:04"))}
	if c.Room != "" {
		s.Lines = append(s.Lines, m.t(i18n.GoToRoom, c.Room))
	}
}

// location is the site's time zone; Helsinki when the catalog names none.
func (m *Model) location() *time.Location {
	name := m.zone()
	if name == "" {
		name = "Europe/Helsinki"
	}
	if loc, err := time.LoadLocation(name); err == nil {
		return loc
	}
	return time.UTC
}
