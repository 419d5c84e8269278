package action

import (
	"strings"

	"vuoro/hub/queue"
	"vuoro/hub/web/authz"
)

// deviceServicesReq names a kiosk and the services it offers.
type deviceServicesReq struct {
	Device   string   `json:"device"`
	Services []string `json:"services"`
}

// set-device-services sets the services a kiosk offers (none: every
// service of the site): the advisors of their agencies see its alerts.
var _ = define(Action{Name: "set-device-services", Least: queue.RoleSiteAdmin, Scope: []Scope{Site},
	Routes: []string{"PUT /api/v1/devices/{device}/services"}},
	func(d *Deps, c queue.Clerk, r *deviceServicesReq) (Outcome, error) {
		for i, sv := range r.Services {
			r.Services[i] = strings.TrimSpace(sv)
		}
		dev, err := d.Eng.SetDeviceServices(authz.Actor(c), r.Device, r.Services)
		return named(d.deviceStatus(dev), "done.device_services", r.Device, err)
	})
