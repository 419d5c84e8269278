package escpostest

import (
	"image"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gomono"
	"golang.org/x/image/font/gofont/gomonobold"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
)

// Font A is 12×24 dots a character. Go Mono at 20 pixels a em advances 12
// pixels, and every character of code page 858 fits between 19 pixels
// above the baseline and 5 below.
const (
	cellW    = 12
	cellH    = 24
	baseline = 19 // from the top of the cell
	fontSize = 20
)

// glyphKey names a drawn character cell.
type glyphKey struct {
	r    rune
	bold bool
}

// glyphs draws character cells once and keeps them. Font faces are not
// safe for concurrent use, so the mutex guards them too.
var glyphs struct {
	sync.Mutex
	faces [2]font.Face // regular, bold
	cells map[glyphKey]*image.Alpha
}

// glyph returns the cell of r as the print head prints it: 12×24 dots,
// each on (opaque) or off (transparent).
func glyph(r rune, bold bool) *image.Alpha {
	glyphs.Lock()
	defer glyphs.Unlock()
	k := glyphKey{r, bold}
	if c, ok := glyphs.cells[k]; ok {
		return c
	}
	if glyphs.cells == nil {
		glyphs.faces = [2]font.Face{newFace(gomono.TTF), newFace(gomonobold.TTF)}
		glyphs.cells = map[glyphKey]*image.Alpha{}
	}
	c := drawCell(r, glyphs.faces[boolIndex(bold)])
	glyphs.cells[k] = c
	return c
}

// drawCell draws r and rounds each dot to on or off, as a thermal head
// has no grey.
func drawCell(r rune, f font.Face) *image.Alpha {
	c := image.NewAlpha(image.Rect(0, 0, cellW, cellH))
	d := font.Drawer{Dst: c, Src: image.Opaque, Face: f, Dot: fixed.P(0, baseline)}
	d.DrawString(string(r))
	for i, a := range c.Pix {
		c.Pix[i] = 0
		if a >= 0x80 {
			c.Pix[i] = 0xFF
		}
	}
	return c
}

// newFace returns a face of a font the package embeds; they parse, so a
// failure is a broken build.
func newFace(ttf []byte) font.Face {
	f, err := opentype.Parse(ttf)
	if err != nil {
		panic("escpostest: " + err.Error())
	}
	face, err := opentype.NewFace(f, &opentype.FaceOptions{Size: fontSize, DPI: 72, Hinting: font.HintingNone})
	if err != nil {
		panic("escpostest: " + err.Error())
	}
	return face
}

func boolIndex(b bool) int {
	if b {
		return 1
	}
	return 0
}
