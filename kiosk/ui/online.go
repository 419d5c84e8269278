package ui

import (
	"fyne.io/fyne/v2"
)

// SetOffline sets whether the hub is lost; the next Render shows it. Call
// it on the Fyne goroutine.
func (v *View) SetOffline(offline bool) { v.offline = offline }

// SetOnline tells the kiosk whether the hub is serving, as
// hubclient.Client.OnOnline reports it; safe from any goroutine.
func (k *Kiosk) SetOnline(online bool) {
	fyne.Do(func() { k.locked(func() { k.view.SetOffline(!online) }) })
}
