package ui_test

import (
	"fmt"
	"image"
	"image/color"
	"testing"

	"fyne.io/fyne/v2/test"

	"vuoro/display/board"
	"vuoro/display/ui"
)

// screens are the queue display's screen sizes: 720p, 1080p and 4K
// landscape, and full HD turned to portrait.
var screens = []struct {
	name string
	w, h float32
}{
	{"720p", 1280, 720}, {"1080p", 1920, 1080}, {"4k", 3840, 2160}, {"portrait", 1080, 1920},
}

// queueStates are the queue display's states, as the goldens name them.
func queueStates() []struct {
	name  string
	state board.QueueState
} {
	calls := fullList
	calls.Join = ""
	flash := calls
	flash.Flash = true
	lost := fullList
	lost.Connected, lost.Join, lost.Flash = false, "", true
	info := calls
	info.Info = "Toimisto suljetaan tänään klo 15"
	qr := calls
	qr.Join, qr.Recent = joinURL, calls.Recent[:2]
	return []struct {
		name  string
		state board.QueueState
	}{
		{"empty", board.QueueState{Clock: clock, Connected: true}},
		{"calls", calls},
		{"highlight", flash},
		{"lost", lost},
		{"info", info},
		{"qr", qr},
	}
}

// Every state at every screen size, as a golden image.
func TestQueueViewGoldens(t *testing.T) {
	for _, sc := range screens {
		for _, st := range queueStates() {
			name := fmt.Sprintf("queue_%s_%s.png", st.name, sc.name)
			t.Run(name, func(t *testing.T) {
				v := ui.NewQueueView()
				w := window(t, v.Content(), sc.w, sc.h)
				v.Update(st.state)
				test.AssertRendersToImage(t, name, w.Canvas())
			})
		}
	}
}

// At 1080p the latest call's number stands at least a tenth of the screen
// tall, to read from 5 m.
func TestQueueViewLatestIsLarge(t *testing.T) {
	v := ui.NewQueueView()
	w := window(t, v.Content(), 1920, 1080)
	s := fullList
	s.Flash = true // black on yellow: the ink is easy to find
	v.Update(s)
	img := w.Canvas().Capture()
	top, bottom := inkRows(img, image.Rect(40, 175, 800, 445), func(c color.Color) bool { return dark(c) })
	if h := bottom - top; h < 108 {
		t.Errorf("the latest number is %d px tall, want at least 108 (10 %% of 1080)", h)
	}
}

// Only real calls have a row: with two earlier calls two panels show, each
// with its text in its middle, and nothing is drawn below them.
func TestQueueViewDrawsRowsOnlyForCalls(t *testing.T) {
	v := ui.NewQueueView()
	w := window(t, v.Content(), 1920, 1080)
	s := fullList
	s.Join, s.Recent = "", fullList.Recent[:2]
	v.Update(s)
	img := w.Canvas().Capture()
	for i := range 6 {
		y := 460 + i*86
		row := image.Rect(60, y, 1600, y+78)
		panelTop, panelBottom := inkRows(img, image.Rect(45, y-4, 50, y+86), isStripe)
		inkTop, inkBottom := inkRows(img, row, bright)
		if i >= 2 {
			if panelBottom > panelTop || inkBottom > inkTop {
				t.Errorf("row %d drawn with no call: panel %d–%d, text %d–%d", i, panelTop, panelBottom, inkTop, inkBottom)
			}
			continue
		}
		mid, panelMid := (inkTop+inkBottom)/2, (panelTop+panelBottom)/2
		if panelBottom <= panelTop || mid-panelMid > 4 || panelMid-mid > 4 {
			t.Errorf("row %d: text %d–%d (middle %d) on a panel %d–%d (middle %d)", i, inkTop, inkBottom, mid, panelTop, panelBottom, panelMid)
		}
	}
}

// inkRows returns the first and one past the last row of r holding a
// pixel that is ink; 0, 0 when none.
func inkRows(img image.Image, r image.Rectangle, ink func(color.Color) bool) (top, bottom int) {
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if ink(img.At(x, y)) {
				if bottom == 0 {
					top = y
				}
				bottom = y + 1
				break
			}
		}
	}
	return top, bottom
}

func dark(c color.Color) bool {
	r, g, b, _ := c.RGBA()
	return r < 0x3000 && g < 0x3000 && b < 0x3000
}

func bright(c color.Color) bool {
	r, g, b, _ := c.RGBA()
	return r > 0xc000 && g > 0xc000 && b > 0xc000
}

func isStripe(c color.Color) bool {
	r, g, b, _ := c.RGBA()
	return r>>8 == 0x12 && g>>8 == 0x19 && b>>8 == 0x21
}
