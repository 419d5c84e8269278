// Package ui holds the Fyne views of Vuoro's displays: QueueView for the
// waiting-room screen and CounterView for the screen above a service point.
//
// The views only render a state from package board; they hold no logic of
// their own. Each is drawn on a fixed design canvas (1920×1080 for the queue,
// 1280×720 for the counter) and scaled as a whole to the screen it runs on,
// so the proportions hold on any display. Text sizes are chosen for reading
// from three to five metres: on a 55-inch full-HD screen the recent calls'
// capitals stand about 4 cm tall and the latest call's about 9 cm.
//
// Update must run on the Fyne goroutine; from elsewhere, wrap it in fyne.Do.
package ui
