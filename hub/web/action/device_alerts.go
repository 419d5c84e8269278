package action

import (
	"slices"
	"time"

	"vuoro/hub/queue"
	"vuoro/hub/web/authz"
)

// DeviceAlert is an alert about a device that the user should see to: a
// kiosk's printer near its end or out of paper, a device offline in
// opening hours. It holds no personal data.
type DeviceAlert struct {
	Device string           `json:"device"`
	Kind   queue.DeviceKind `json:"kind"`
	Alert  queue.AlertKind  `json:"alert"`
	Since  time.Time        `json:"since"`
	Clock  string           `json:"-"`
}

// DeviceAlerts returns the device alerts c sees, oldest first: an advisor
// or admin sees those of the devices that serve one of their queues (a
// kiosk that offers one of their services), the site admin every one. It
// runs inside Engine.Read.
func DeviceAlerts(st *queue.State, c queue.Clerk) []DeviceAlert {
	out := []DeviceAlert{}
	if !authz.May(c, queue.RoleAdvisor) {
		return out
	}
	mine := authz.Services(st, c)
	for _, a := range st.DeviceAlerts() {
		if servesAny(st.DeviceServiceIDs(a.Device), mine) {
			out = append(out, DeviceAlert{Device: a.Device, Kind: a.Kind, Alert: a.Alert, Since: a.Since, Clock: Clock(a.Since, st.Location())})
		}
	}
	return out
}

func servesAny(ids []string, mine []queue.Service) bool {
	return slices.ContainsFunc(mine, func(sv queue.Service) bool { return slices.Contains(ids, sv.ID) })
}
