package ui_test

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"vuoro/display/board"
	"vuoro/display/ui"
	"vuoro/shared/qrimg/qrimgtest"
	"vuoro/shared/wire"
)

// The goldens live in testdata. A test that renders differently writes what
// it got to testdata/failed (gitignored); review it, then copy it over the
// golden to accept the change.

const clock = "Tiistai 24.1.2023 09:54"

var fullList = board.QueueState{
	Clock:  clock,
	Latest: board.Entry{CallID: "A22", Room: "6"},
	Recent: []board.Entry{
		{CallID: "R19", Room: "3"}, {CallID: "A21", Room: "5"}, {CallID: "K104", Room: "12"},
		{CallID: "B7", Room: "1"}, {CallID: "R18", Room: "2"}, {CallID: "A20", Room: "6"},
	},
	Connected: true,
	Join:      joinURL,
}

// joinURL is a join address as the hub's heartbeat carries it.
const joinURL = "https://vuoro.lahti.example/join/Xq3k9LmP0aZt"

// window shows content on a test canvas of the given size.
func window(t *testing.T, content fyne.CanvasObject, w, h float32) fyne.Window {
	t.Helper()
	test.NewTempApp(t)
	win := test.NewTempWindow(t, content)
	win.SetPadded(false)
	win.Resize(fyne.NewSize(w, h))
	return win
}

// The join QR code on the queue display reads back as the hub's join
// address; without one (or with the hub lost) there is none.
func TestQueueViewJoinCode(t *testing.T) {
	v := ui.NewQueueView()
	w := window(t, v.Content(), 1920, 1080)
	v.Update(fullList)
	if got := qrimgtest.Read(t, w.Canvas().Capture()); got != joinURL {
		t.Fatalf("the join QR reads %q, want %q", got, joinURL)
	}
	v.Update(board.QueueState{Clock: clock, Latest: fullList.Latest})
	if got := qrimgtest.Read(t, w.Canvas().Capture()); got != "" {
		t.Fatalf("a QR code %q shows while the hub is lost", got)
	}
}

// counterStates are the counter display's states, by golden name.
var counterStates = []struct {
	name  string
	state board.CounterState
}{
	{"closed", board.CounterState{Room: "6", Status: wire.RoomClosed, Connected: true}},
	{"paused", board.CounterState{Room: "6", Status: wire.RoomPaused, Connected: true}},
	{"open", board.CounterState{Room: "6", Status: wire.RoomOpen, Connected: true}},
	{"called", board.CounterState{Room: "6", Status: wire.RoomCalled, CallID: "A22", Flash: true, Connected: true}},
	{"called_later", board.CounterState{Room: "6", Status: wire.RoomCalled, CallID: "A22", Connected: true}},
	{"serving", board.CounterState{Room: "6", Status: wire.RoomServing, CallID: "K104", Connected: true}},
	{"open_disconnected", board.CounterState{Room: "6", Status: wire.RoomOpen}},
}

// TestCounterView renders every state at the two screens counter displays
// have: 1280×720 and 800×480 (a 7" panel).
func TestCounterView(t *testing.T) {
	for _, size := range []fyne.Size{{Width: 1280, Height: 720}, {Width: 800, Height: 480}} {
		for _, tt := range counterStates {
			name := fmt.Sprintf("counter_%s_%.0f", tt.name, size.Height)
			t.Run(name, func(t *testing.T) {
				v := ui.NewCounterView()
				w := window(t, v.Content(), size.Width, size.Height)
				v.Update(tt.state)
				test.AssertRendersToMarkup(t, name+".xml", w.Canvas())
				test.AssertRendersToImage(t, name+".png", w.Canvas())
			})
		}
	}
}

// The connection-lost state of the counter: the notice, and the call
// dimmed so a stale number is never shown as live.
func TestCounterDisconnectedImage(t *testing.T) {
	c := ui.NewCounterView()
	w := window(t, c.Content(), 1280, 720)
	c.Update(board.CounterState{Room: "6", Status: wire.RoomCalled, CallID: "A22", Flash: true})
	test.AssertRendersToImage(t, "counter_disconnected.png", w.Canvas())
}
