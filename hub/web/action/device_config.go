package action

import (
	"vuoro/hub/queue"
	"vuoro/hub/web/authz"
)

// deviceConfigReq names a display and how it is to be set up.
type deviceConfigReq struct {
	Device string `json:"device"`
	queue.DisplayConfig
}

// configure-device sets up a display: its waiting area, languages, sound,
// information line. Displays are the site's shared equipment: its admins
// set them up, as they enrol them.
var _ = define(Action{Name: "configure-device", Least: queue.RoleSiteAdmin, Scope: []Scope{Site},
	Routes: []string{"PUT /api/v1/devices/{device}/config"}},
	func(d *Deps, c queue.Clerk, r *deviceConfigReq) (Outcome, error) {
		dev, err := d.Eng.ConfigureDevice(authz.Actor(c), r.Device, r.DisplayConfig)
		return named(d.deviceStatus(dev), "done.device_configured", r.Device, err)
	})
