package web

import (
	"strings"

	"vuoro/hub/queue"
)

// describe adds what p says to the sentence and its fields. Every kind of
// the engine has a case here and a sentence in every language
// (logtext_test.go checks both).
func (s *sentence) describe(p queue.Payload) {
	switch v := p.(type) {
	case queue.SiteSet:
		s.site(v.Site)
	case queue.AgencyAdded:
		s.say(nameIn(v.Names, s.t.lang, v.ID))
	case queue.AgencyUpdated:
		s.say(nameIn(v.Names, s.t.lang, v.ID))
	case queue.AgencyRemoved:
		s.say(s.agency(v.ID))
	case queue.ServiceAdded:
		s.say(nameIn(v.Names, s.t.lang, v.ID))
		s.field("logf.agency", s.agency(v.Agency))
		s.field("logf.letter", v.Letter)
	case queue.ServiceUpdated:
		s.say(nameIn(v.Names, s.t.lang, v.ID))
		s.field("logf.agency", s.agency(v.Agency))
		s.field("logf.letter", v.Letter)
		s.field("logf.multiday", s.yesNo(v.MultiDay))
	case queue.ServiceSettings:
		s.say(s.service(v.Service))
		s.settings(v.Settings)
	case queue.ServicePaused:
		if !v.Paused {
			s.key = "logev.service.paused.off"
		}
		s.say(s.service(v.Service))
	case queue.ServiceRemoved:
		s.say(s.service(v.ID))
	default:
		s.people(p)
	}
}

// people tells the events of users, visits and appointments.
func (s *sentence) people(p queue.Payload) {
	switch v := p.(type) {
	case queue.RoomAdded:
		s.room(v.Room)
	case queue.RoomUpdated:
		s.room(v.Room)
	case queue.RoomRemoved:
		s.say(v.ID)
	case queue.ClerkAdded:
		s.say(v.Login)
		s.field("logf.name", v.Name)
		s.field("logf.role", tr(s.t.lang, "role."+string(v.Role)))
	case queue.ClerkDisabled:
		s.say(v.Login)
	case queue.ClerkPassword:
		s.say(v.Login)
	case queue.TicketIssued:
		s.say(v.CallID, s.service(v.Service))
		s.field("logf.persons", v.Persons)
		s.field("logf.priority", map[bool]string{true: s.yesNo(true)}[v.Priority])
		s.field("logf.device", v.Device)
		s.field("logf.appointment", s.clock(v.At))
		s.field("logf.estimate", estimateText(v.Estimate))
		if v.Person != nil {
			s.field("logf.person", v.Person.Name)
			s.field("logf.hetu", maskHETU(v.Person.HETU))
		}
	case queue.TicketCalled:
		s.say(s.visit(v.Ticket), v.Room)
		if v.Reason != "" {
			s.field("logf.why", tr(s.t.lang, "logwhy."+v.Reason))
		}
	default:
		s.visitEvent(p)
	}
}

// visitEvent tells the events of a visit after its call.
func (s *sentence) visitEvent(p queue.Payload) {
	switch v := p.(type) {
	case queue.TicketRecalled:
		s.say(s.visit(v.Ticket))
	case queue.VisitStarted:
		s.say(s.visit(v.Ticket))
	case queue.VisitEnded:
		s.say(s.visit(v.Ticket))
	case queue.TicketNoShow:
		s.say(s.visit(v.Ticket))
	case queue.TicketReturned:
		s.say(s.visit(v.Ticket))
		s.field("logf.keepplace", s.yesNo(v.KeepPlace))
	case queue.TicketHeld:
		s.say(s.visit(v.Ticket))
	case queue.TicketResumed:
		s.say(s.visit(v.Ticket))
	case queue.TicketMoved:
		s.say(s.visit(v.Ticket), s.service(v.To))
		s.field("logf.position", tr(s.t.lang, "logpos."+string(v.Position)))
	case queue.TicketDeleted:
		s.say(s.visit(v.Ticket))
		s.field("logf.reason", v.Reason)
	case queue.VisitPersons:
		s.say(s.visit(v.Ticket), v.Persons)
	case queue.VisitPriority:
		s.say(s.visit(v.Ticket))
		s.field("logf.priority", s.yesNo(v.Priority))
	case queue.VisitMessage:
		s.say(s.visit(v.Ticket))
		s.field("logf.text", v.Text)
	case queue.VisitLeft:
		s.say(s.visit(v.Ticket))
		s.field("logf.reason", tr(s.t.lang, "logleft."+string(v.Reason)))
	default:
		s.appointment(p)
	}
}

// appointment tells the events of appointments, feeds and help.
func (s *sentence) appointment(p queue.Payload) {
	switch v := p.(type) {
	case queue.AppointmentBooked:
		s.say(s.service(v.Service), s.clock(v.At))
		s.field("logf.person", v.Person.Name)
		s.field("logf.hetu", maskHETU(v.Person.HETU))
		s.field("logf.minutes", v.Minutes)
		s.field("logf.room", v.Room)
		s.field("logf.clerk", v.Clerk)
	case queue.AppointmentRef:
		s.say(v.Appointment)
	case queue.AppointmentNoShow:
		s.say(v.Appointment)
	case queue.FeedCreated:
		s.say(tr(s.t.lang, "logfeed."+string(v.Type)), v.Of)
	case queue.FeedRevoked:
		s.say(v.Feed)
	case queue.HelpRequested:
		s.say(v.Device)
		s.field("logf.screen", v.Screen)
		s.field("logf.lang", strings.ToUpper(v.Lang))
	case queue.HelpAcked:
		s.say(v.Help)
	case queue.HelpClosed:
		s.say(v.Help)
	default:
		s.oversight(p)
	}
}

// oversight tells the events of the log, the day, and the devices.
func (s *sentence) oversight(p queue.Payload) {
	switch v := p.(type) {
	case queue.PersonalDataSeen:
		s.say(s.visit(v.Ticket))
		s.field("logf.where", v.Where)
	case queue.LogViewed:
		if v.Export {
			s.key = "logev.log.viewed.export"
		}
		s.field("logf.filter", v.Filter)
	case queue.Erased:
		s.say(v.Before)
		s.field("logf.visits", v.Visits)
		s.field("logf.appointments", v.Appointments)
		s.field("logf.events", v.Events)
	case queue.DayClosed:
		s.say(v.Day)
		s.field("logf.expired", len(v.Expired))
		s.field("logf.carried", len(v.Carried))
	default:
		s.device(p)
	}
}

// device tells the events of the devices and the service points.
func (s *sentence) device(p queue.Payload) {
	switch v := p.(type) {
	case queue.DeviceConfigured:
		s.say(v.Device)
		s.displayConfig(v.DisplayConfig)
	case queue.DeviceEnrolled:
		s.say(v.Device)
		s.field("logf.devkind", tr(s.t.lang, "devkind."+string(v.Type)))
		s.field("logf.room", v.Room)
	case queue.DeviceActivated:
		s.say(v.Device)
	case queue.DeviceRevoked:
		s.say(v.Device)
	case queue.DeviceAlerted:
		s.say(v.Device, tr(s.t.lang, "alertkind."+string(v.Alert)))
	case queue.DeviceAlertCleared:
		s.say(v.Device, tr(s.t.lang, "alertkind."+string(v.Alert)))
	case queue.DeviceServices:
		s.say(v.Device)
		s.field("logf.services", s.services(v.Services))
	case queue.BlockGranted:
		s.say(v.Device, v.Letter+itoa(v.First)+"–"+v.Letter+itoa(v.Last))
		s.field("logf.service", s.service(v.Service))
		s.field("logf.day", v.Day)
	case queue.RequestCancelled:
		s.say(v.Device)
		s.field("logf.ticket", v.Ticket)
	case queue.PointBooked:
		s.say(v.Point, v.Name)
		s.field("logf.agency", s.agency(v.Agency))
		s.field("logf.persons", v.Persons)
		s.field("logf.times", len(v.Times))
	case queue.PointCancelled:
		s.say(v.Booking)
		s.field("logf.day", v.Day)
	default:
		s.roomSession(p)
	}
}
