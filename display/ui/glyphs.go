package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
)

// Slots a run draws one character to: a call id or a room (a longer text
// puts the rest in its last slot), and the clock, "Keskiviikko 30.11.2026 23:59".
const (
	callSlots  = 6
	clockSlots = 28
)

// glyphs is a text drawn one character to an object. Fyne keeps a texture
// for each text content, size and colour it draws, outside the Go heap,
// for a minute after its last use; a screen that writes a new call id
// into a text object makes a new texture for every call, and the clock one
// every minute. Drawn one character at a time, a day of call ids and
// times uses the same few dozen textures (the letters and digits at each
// size and colour) and memory stays flat however fast the calls come.
type glyphs struct {
	slots []*canvas.Text
	text  string
	color color.Color
	align fyne.TextAlign
	// where the slide placed the run: its box and type size on the screen
	pos  fyne.Position
	size fyne.Size
	pt   float32
}

func newGlyphs(n int, a fyne.TextAlign, bold bool) *glyphs {
	g := &glyphs{slots: make([]*canvas.Text, n), align: a, color: colText}
	for i := range g.slots {
		g.slots[i] = canvas.NewText("", colText)
		g.slots[i].TextStyle.Bold = bold
	}
	return g
}

// set shows s in colour c, arranging the characters only on a change.
func (g *glyphs) set(s string, c color.Color) {
	if s == g.text && c == g.color {
		return
	}
	g.text, g.color = s, c
	g.arrange()
}

// place puts the run in the box at pos of size in type of pt.
func (g *glyphs) place(pos fyne.Position, size fyne.Size, pt float32) {
	g.pos, g.size, g.pt = pos, size, pt
	g.arrange()
}

// arrange writes the characters into the slots and lines them up, each
// as wide as the font sets it, aligned in the run's box.
func (g *glyphs) arrange() {
	parts := split(g.text, len(g.slots))
	widths, total := make([]float32, len(parts)), float32(0)
	for i, p := range parts {
		widths[i] = fyne.MeasureText(p, g.pt, g.slots[0].TextStyle).Width
		total += widths[i]
	}
	x := g.pos.X
	switch g.align {
	case fyne.TextAlignCenter:
		x += (g.size.Width - total) / 2
	case fyne.TextAlignTrailing:
		x += g.size.Width - total
	}
	for i, t := range g.slots {
		if i >= len(parts) {
			setText(t, "", g.color)
			continue
		}
		setText(t, parts[i], g.color)
		pos, size := fitText(t, g.pt, fyne.NewPos(x, g.pos.Y), fyne.NewSize(widths[i], g.size.Height))
		t.Move(pos)
		t.Resize(size)
		x += widths[i]
	}
}

// split cuts s into a character a slot of n, the last slot taking the rest.
func split(s string, n int) []string {
	var parts []string
	for _, r := range s {
		if len(parts) == n {
			parts[n-1] += string(r)
			continue
		}
		parts = append(parts, string(r))
	}
	return parts
}
