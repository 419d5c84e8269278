package ui

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"vuoro/kiosk/lock"
)

// AdminShortcut asks for the admin PIN to leave full screen: Ctrl+Alt+S
// on a keyboard the installer plugs in.
var AdminShortcut = &desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierControl | fyne.KeyModifierAlt}

// Guard puts w behind the installer's lock: closing the window and
// leaving full screen (AdminShortcut) need the admin PIN. Without a PIN
// set, neither is possible from the kiosk. Call it on the Fyne goroutine.
func Guard(w fyne.Window, l *lock.Lock, now func() time.Time) {
	w.SetCloseIntercept(func() { askPIN(w, l, now, w.Close) })
	w.Canvas().AddShortcut(AdminShortcut, func(fyne.Shortcut) {
		askPIN(w, l, now, func() { w.SetFullScreen(false) })
	})
}

// askPIN shows a PIN dialog and calls open when the lock opens.
func askPIN(w fyne.Window, l *lock.Lock, now func() time.Time, open func()) {
	pin := widget.NewPasswordEntry()
	items := []*widget.FormItem{widget.NewFormItem("PIN", pin)}
	d := dialog.NewForm("Ylläpito / Underhåll / Maintenance", "OK", "✕", items, func(ok bool) {
		if !ok {
			return
		}
		if err := l.Open(pin.Text, now()); err != nil {
			dialog.ShowError(err, w)
			return
		}
		open()
	}, w)
	d.Show()
	w.Canvas().Focus(pin)
}
