package web

import (
	"html/template"
	"net/http"
	"time"

	"vuoro/hub/queue"
	"vuoro/hub/web/action"
)

// credentialsPath is where an installed board keeps its credentials.
const credentialsPath = "/var/lib/vuoro/credentials.json"

// devicesData is the site admin's page of devices: the list, the
// enrolment form and, in the answer to an enrolment, the one-time code.
type devicesData struct {
	view
	List     []action.DeviceStatus
	Kinds    []queue.DeviceKind
	Rooms    []option
	CanEnrol bool
	New      *enrolledView
	Config   *configView // the display being set up (?device=)
}

// enrolledView is a device just enrolled: its code, the code as a QR
// code, and the command an installer runs on the board.
type enrolledView struct {
	action.Enrolment
	QR      template.HTML
	Command string
	Until   string // when the code expires, in the site's time
	// CA is the SHA-256 fingerprint of the hub's MQTT CA, which the
	// device checks (-ca-sha256); empty when the hub serves plain MQTT.
	CA string
}

func (s adminPages) devicesPage(v view) (any, []uint64) {
	d := devicesData{view: v, List: s.act.DeviceList(), CanEnrol: s.act.Devices != nil,
		Kinds: []queue.DeviceKind{queue.DeviceKiosk, queue.DeviceQueueDisplay, queue.DeviceCounterDisplay}}
	var loc *time.Location
	s.eng.Read(func(st *queue.State) {
		d.Rooms, loc = roomOptions(st, ""), st.Location()
		if d.CanEnrol {
			d.Config = configOf(st, v.t.q.Get("device"), v.Lang, v.typed)
		}
	})
	if e := v.enrolled; e != nil {
		ca := s.opts.MQTTCA
		qr, err := qrSVG(enrolArgs(e.Code, ca), tr(v.Lang, "devices.qr_alt", e.ID))
		if err != nil {
			s.opts.Logger.Error("enrolment code not drawn", "device", e.ID, "err", err)
		}
		d.New = &enrolledView{Enrolment: *e, QR: qr, Command: enrolCommand(e.Device, enrolArgs(e.Code, ca), v.hub),
			Until: e.Expires.In(loc).Format("2.1.2006 15:04"), CA: ca}
	}
	return d, nil
}

// enrolArgs is the code and, on a hub serving MQTT over TLS, the CA's
// fingerprint the device checks: what follows -enrol in the installer's
// command, and what the QR code holds.
func enrolArgs(code, ca string) string {
	if ca == "" {
		return code
	}
	return code + " -ca-sha256 " + ca
}

// enrolCommand is what an installer runs on the board to enrol it.
func enrolCommand(dev queue.Device, args, hub string) string {
	cmd := "kiosk"
	switch dev.Kind {
	case queue.DeviceQueueDisplay:
		cmd = "display -mode queue"
	case queue.DeviceCounterDisplay:
		cmd = "display -mode counter -room " + dev.Room
	}
	return cmd + " -enrol " + args + " -hub " + hub + " -credentials " + credentialsPath
}

// enrolDevice runs the enrolment form and answers with the devices page
// showing the one-time code: it is shown this once and kept nowhere (a
// redirect would have to keep it in the session, in the data file).
func (s actionRoutes) enrolDevice(w http.ResponseWriter, r *http.Request, se session, c queue.Clerk) {
	out, v, ok := s.runShown(w, r, se, c, "enrol-device", "/admin/devices")
	if !ok {
		return
	}
	e := out.Value.(action.Enrolment)
	v.enrolled, v.hub = &e, s.hubURL(r)
	v.Flash = noteText(v.Lang, out.Note)
	s.renderView(w, http.StatusOK, v)
}

// hubURL is the hub's address for devices: the one configured, or the
// one the console was reached at.
func (s *deps) hubURL(r *http.Request) string {
	if s.opts.HubURL != "" {
		return s.opts.HubURL
	}
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	return scheme + "://" + r.Host
}
