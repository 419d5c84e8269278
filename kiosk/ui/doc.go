// Package ui is the kiosk's Fyne front end. A View only draws a
// flow.State and forwards taps; the Kiosk wires a View to a flow.Model,
// runs the model's jobs and its clock, and applies their results on the
// Fyne goroutine through fyne.Do.
//
// The screen is made for a 1024x600 or 1280x800 touchscreen: touch targets
// at least 64 px high, dark text on a white background, and a large-text
// mode that scales every text and button.
package ui
