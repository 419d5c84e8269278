package report

import (
	"time"

	"vuoro/hub/event"
	"vuoro/hub/queue"
)

func (f *Folder) fold(ev event.Event, p queue.Payload) {
	switch v := p.(type) {
	case queue.SiteSet:
		f.setZone(v.TimeZone)
	case queue.ServiceAdded:
		f.Services[v.ID] = service{Agency: v.Agency, Target: v.Settings.TargetWait}
	case queue.ServiceUpdated:
		s := f.Services[v.ID]
		s.Agency = v.Agency
		f.Services[v.ID] = s
	case queue.ServiceSettings:
		s := f.Services[v.Service]
		s.Target = v.Settings.TargetWait
		f.Services[v.Service] = s
	case queue.AppointmentBooked:
		f.Bookings[ev.Seq] = v.At
	case queue.AppointmentRef:
		delete(f.Bookings, v.Appointment)
	case queue.AppointmentNoShow:
		delete(f.Bookings, v.Appointment)
	case queue.TicketIssued:
		f.issued(ev, v)
	case queue.RoomOpened, queue.RoomPaused, queue.RoomClosed:
		f.foldRoom(ev, p)
	default:
		f.foldVisit(ev, p)
	}
}

func (f *Folder) foldVisit(ev event.Event, p queue.Payload) {
	switch v := p.(type) {
	case queue.TicketCalled:
		f.called(ev, v)
	case queue.VisitStarted:
		f.started(ev, v.Ticket)
	case queue.VisitEnded:
		f.end(ev, v.Ticket, Served, "")
	case queue.TicketNoShow:
		f.end(ev, v.Ticket, NoShow, "")
	case queue.TicketDeleted:
		f.end(ev, v.Ticket, Deleted, ReasonStaff) // the text may name a person: not kept
	case queue.RequestCancelled:
		f.end(ev, v.Ticket, Deleted, ReasonKiosk)
	case queue.VisitLeft:
		f.end(ev, v.Ticket, Left, ReasonLeft+string(v.Reason))
	case queue.TicketReturned:
		f.requeue(ev, v.Ticket)
	case queue.TicketResumed:
		f.requeue(ev, v.Ticket)
	case queue.TicketHeld:
		f.held(ev, v.Ticket)
	case queue.TicketMoved:
		f.moved(ev, v)
	case queue.DayClosed:
		for _, id := range v.Expired {
			f.expire(ev, id)
		}
	}
}

// expire counts a visit open at its day's close on the day, and at the
// hour, it checked in; its clerk's room was closed by the day's close.
func (f *Folder) expire(ev event.Event, id uint64) {
	t, clerk := f.take(ev, id)
	if t == nil {
		return
	}
	f.free(ev.Time, clerk)
	_, hour, _ := f.local(t.Arrived)
	f.cell(t.Arrived, t.Service, clerk).count(Expired, hour)
}

// clerk is the clerk of a called or served visit; "" for one waiting or held.
func (t *visit) clerk() string {
	if !t.Waiting && !t.Called.IsZero() {
		return t.Clerk
	}
	return ""
}

func (f *Folder) issued(ev event.Event, v queue.TicketIssued) {
	arrived := ev.Time
	if !v.CheckedIn.IsZero() {
		arrived = v.CheckedIn
	}
	date, hour, at := f.local(arrived)
	s := f.serviceDay(date, v.Service)
	s.Arrivals[at]++
	if v.Appointment != 0 {
		f.arrival(s, arrived, v)
	}
	if v.Expired {
		f.cell(arrived, v.Service, "").count(Expired, hour)
		return
	}
	f.Visits[ev.Seq] = &visit{Service: v.Service, Arrived: arrived, Waiting: true, Est: v.Estimate}
	f.wait(arrived, v.Service, +1)
}

// arrival counts an appointment's check-in: on time, or late by how much.
func (f *Folder) arrival(s *ServiceDay, arrived time.Time, v queue.TicketIssued) {
	at, booked := f.Bookings[v.Appointment]
	delete(f.Bookings, v.Appointment)
	if !v.At.IsZero() || (booked && !arrived.After(at)) {
		s.OnTime++
		return
	}
	s.Late++
	if booked {
		s.Lateness.Add(seconds(arrived.Sub(at)))
	}
}

func (f *Folder) called(ev event.Event, v queue.TicketCalled) {
	t := f.Visits[v.Ticket]
	if t == nil {
		return
	}
	f.unwait(ev, t)
	if prev := t.clerk(); prev != v.Clerk {
		f.free(ev.Time, prev) // another clerk took the visit over
		f.busy(ev.Time, v.Clerk, t.Service)
	}
	if t.Called.IsZero() {
		f.firstCall(ev.Time, t, f.cell(ev.Time, t.Service, v.Clerk))
	}
	t.Called, t.Started, t.Clerk = ev.Time, time.Time{}, v.Clerk
}

func (f *Folder) firstCall(now time.Time, t *visit, c *Cell) {
	w := seconds(now.Sub(t.Arrived))
	c.Wait.Add(w)
	target := f.Services[t.Service].Target
	if target == 0 {
		target = queue.DefaultTargetWait
	}
	if w <= int64(target)*60 {
		c.WithinTarget++
	}
	if e := t.Est; e.High > 0 {
		c.Estimated++
		if w >= int64(e.Low)*60 && w <= int64(e.High)*60 {
			c.Inside++
		}
		c.EstError.Add(w - int64(e.Low+e.High)*30)
	}
}

func (f *Folder) started(ev event.Event, id uint64) {
	if t := f.Visits[id]; t != nil && !t.Called.IsZero() {
		t.Started = ev.Time
		f.cell(ev.Time, t.Service, t.Clerk).Walk.Add(seconds(ev.Time.Sub(t.Called)))
	}
}

// take removes an ending visit, and returns it and its clerk.
func (f *Folder) take(ev event.Event, id uint64) (*visit, string) {
	t := f.Visits[id]
	if t == nil {
		return nil, ""
	}
	delete(f.Visits, id)
	f.unwait(ev, t)
	return t, t.clerk()
}

func (f *Folder) end(ev event.Event, id uint64, outcome, reason string) {
	t, clerk := f.take(ev, id)
	if t == nil {
		return
	}
	f.free(ev.Time, clerk)
	c := f.cell(ev.Time, t.Service, clerk)
	_, hour, _ := f.local(ev.Time)
	c.count(outcome, hour)
	if reason != "" {
		c.reason(reason)
	}
	if outcome == Served {
		from := t.Started
		if from.IsZero() {
			from = t.Called
		}
		c.Service.Add(seconds(ev.Time.Sub(from)))
	}
}

func (f *Folder) unwait(ev event.Event, t *visit) {
	if t.Waiting {
		t.Waiting = false
		f.wait(ev.Time, t.Service, -1)
	}
}

// release frees the clerk of a called visit that goes back to waiting or
// on hold.
func (f *Folder) release(ev event.Event, t *visit) {
	if !t.Waiting && t.Clerk != "" {
		f.free(ev.Time, t.Clerk)
		t.Clerk = ""
	}
}

func (f *Folder) requeue(ev event.Event, id uint64) {
	if t := f.Visits[id]; t != nil && !t.Waiting {
		f.release(ev, t)
		t.Waiting = true
		f.wait(ev.Time, t.Service, +1)
	}
}

func (f *Folder) held(ev event.Event, id uint64) {
	if t := f.Visits[id]; t != nil {
		f.release(ev, t)
		f.unwait(ev, t)
	}
}

func (f *Folder) moved(ev event.Event, v queue.TicketMoved) {
	t := f.Visits[v.Ticket]
	if t == nil {
		return
	}
	_, hour, _ := f.local(ev.Time)
	f.cell(ev.Time, t.Service, t.Clerk).count(Transferred, hour)
	f.release(ev, t)
	f.unwait(ev, t)
	t.Service, t.Waiting = v.To, true
	f.wait(ev.Time, t.Service, +1)
}
