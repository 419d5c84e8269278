package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
)

// slide is a layout for a screen designed at one fixed size: it places
// every part at its design position, scales positions, sizes and text sizes
// by one factor to fit the screen and centres the result.
type slide struct {
	design fyne.Size
	parts  []part
	runs   []run
}

// run is a text drawn a character at a time, in design units.
type run struct {
	g    *glyphs
	pos  fyne.Position
	size fyne.Size
	pt   float32
}

// part is one object on a slide, in design units.
type part struct {
	obj      fyne.CanvasObject
	pos      fyne.Position
	size     fyne.Size
	textSize float32 // design text size when obj is a *canvas.Text
	radius   float32 // design corner radius when obj is a *canvas.Rectangle
}

func newSlide(w, h float32) *slide { return &slide{design: fyne.NewSize(w, h)} }

// rect adds a rectangle of colour c at x, y of w×h with corners of radius r.
func (s *slide) rect(c color.Color, r, x, y, w, h float32) *canvas.Rectangle {
	o := canvas.NewRectangle(c)
	s.parts = append(s.parts, part{obj: o, pos: fyne.NewPos(x, y), size: fyne.NewSize(w, h), radius: r})
	return o
}

// text adds a text of size pt, aligned in the box at x, y of w×h.
func (s *slide) text(pt float32, a fyne.TextAlign, bold bool, x, y, w, h float32) *canvas.Text {
	o := canvas.NewText("", colText)
	o.Alignment, o.TextStyle.Bold = a, bold
	s.parts = append(s.parts, part{obj: o, pos: fyne.NewPos(x, y), size: fyne.NewSize(w, h), textSize: pt})
	return o
}

// glyphs adds a text drawn a character at a time to n slots (see glyphs),
// of size pt, aligned in the box at x, y of w×h.
func (s *slide) glyphs(n int, pt float32, a fyne.TextAlign, bold bool, x, y, w, h float32) *glyphs {
	g := newGlyphs(n, a, bold)
	s.runs = append(s.runs, run{g: g, pos: fyne.NewPos(x, y), size: fyne.NewSize(w, h), pt: pt})
	return g
}

// image adds an image at x, y of w×h, drawn pixel-sharp (a QR code).
func (s *slide) image(x, y, w, h float32) *canvas.Image {
	o := canvas.NewImageFromImage(nil)
	o.FillMode, o.ScaleMode = canvas.ImageFillContain, canvas.ImageScalePixels
	s.parts = append(s.parts, part{obj: o, pos: fyne.NewPos(x, y), size: fyne.NewSize(w, h)})
	return o
}

// content returns the slide on a background of colour bg filling the screen.
func (s *slide) content(bg color.Color) fyne.CanvasObject {
	objs := []fyne.CanvasObject{canvas.NewRectangle(bg)}
	for _, p := range s.parts {
		objs = append(objs, p.obj)
	}
	for _, r := range s.runs {
		for _, t := range r.g.slots {
			objs = append(objs, t)
		}
	}
	return container.New(s, objs...)
}

// Layout fills the screen with the background and places the parts.
func (s *slide) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(size)
	k := min(size.Width/s.design.Width, size.Height/s.design.Height)
	off := fyne.NewPos((size.Width-s.design.Width*k)/2, (size.Height-s.design.Height*k)/2)
	for _, p := range s.parts {
		pos := off.AddXY(p.pos.X*k, p.pos.Y*k)
		size := fyne.NewSize(p.size.Width*k, p.size.Height*k)
		switch o := p.obj.(type) {
		case *canvas.Text:
			pos, size = fitText(o, p.textSize*k, pos, size)
		case *canvas.Rectangle:
			o.CornerRadius = p.radius * k
		}
		p.obj.Move(pos)
		p.obj.Resize(size)
	}
	for _, r := range s.runs {
		r.g.place(off.AddXY(r.pos.X*k, r.pos.Y*k), fyne.NewSize(r.size.Width*k, r.size.Height*k), r.pt*k)
	}
}

// fitText sets t's size to pt and returns its box: the given one, grown
// about its middle to at least the height of a line. The painters centre
// a line in a taller box, which centres its capitals and digits too.
func fitText(t *canvas.Text, pt float32, pos fyne.Position, size fyne.Size) (fyne.Position, fyne.Size) {
	if t.TextSize != pt {
		t.TextSize = pt
		t.Refresh()
	}
	if lh := fyne.MeasureText("0", pt, t.TextStyle).Height; size.Height < lh {
		pos.Y -= (lh - size.Height) / 2
		size.Height = lh
	}
	return pos, size
}

// MinSize lets a window shrink to a quarter of the design.
func (s *slide) MinSize([]fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(s.design.Width/4, s.design.Height/4)
}

// setText shows s in colour c, refreshing only what changed.
func setText(t *canvas.Text, s string, c color.Color) {
	if t.Text != s || t.Color != c {
		t.Text, t.Color = s, c
		t.Refresh()
	}
}

// setFill paints r in colour c unless it already is.
func setFill(r *canvas.Rectangle, c color.Color) {
	if r.FillColor != c {
		r.FillColor = c
		r.Refresh()
	}
}

// setVisible shows or hides o, refreshing only on a change.
func setVisible(o fyne.CanvasObject, visible bool) {
	switch {
	case visible && !o.Visible():
		o.Show()
	case !visible && o.Visible():
		o.Hide()
	}
}
