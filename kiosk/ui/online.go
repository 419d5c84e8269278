package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"vuoro/kiosk/flow"
	"vuoro/shared/i18n"
)

// SetOffline sets whether the hub is lost; the next Render shows it. Call
// it on the Fyne goroutine.
func (v *View) SetOffline(offline bool) { v.offline = offline }

// offlineBanner tells the citizen, in the screen's language, that the
// kiosk has lost its connection to the hub.
func offlineBanner(s flow.State, th fyne.Theme) fyne.CanvasObject {
	return banner(text(i18n.T(s.Lang, i18n.ConnectionLost), styleOffline), theme.ColorNameError, th)
}

// SetOnline tells the kiosk whether the hub is serving, as
// hubclient.Client.OnOnline reports it; safe from any goroutine.
func (k *Kiosk) SetOnline(online bool) {
	fyne.Do(func() { k.locked(func() { k.view.SetOffline(!online) }) })
}
