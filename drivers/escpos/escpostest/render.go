package escpostest

import (
	"image"
	"image/color"
	"sync"

	"golang.org/x/image/draw"
	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gomono"
	"golang.org/x/image/font/gofont/gomonobold"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"

	"vuoro/drivers/escpos"
)

// Font A is 12×24 dots a character; Go Mono at 20 px advances 12 px.
const (
	cellW   = 12
	cellH   = 24
	margin  = 16 // dots of blank paper above and below
	baseRow = 19 // baseline within a cell
)

var (
	facesOnce         sync.Once
	regular, boldFace font.Face
	errFaces          error
)

func faces() (font.Face, font.Face, error) {
	facesOnce.Do(func() {
		regular, errFaces = face(gomono.TTF)
		if errFaces == nil {
			boldFace, errFaces = face(gomonobold.TTF)
		}
	})
	return regular, boldFace, errFaces
}

func face(ttf []byte) (font.Face, error) {
	f, err := opentype.Parse(ttf)
	if err != nil {
		return nil, err
	}
	return opentype.NewFace(f, &opentype.FaceOptions{Size: 20, DPI: 72, Hinting: font.HintingFull})
}

// Render draws r as the printer would on paper p: black on white at
// 203 dpi, with a dashed line where the paper was cut.
func Render(r Receipt, p escpos.Paper) (*image.Gray, error) {
	reg, bold, err := faces()
	if err != nil {
		return nil, err
	}
	height := 2*margin + 8
	for _, l := range r.Lines {
		height += lineHeight(l)
	}
	img := image.NewGray(image.Rect(0, 0, p.Dots(), height))
	draw.Draw(img, img.Bounds(), image.White, image.Point{}, draw.Src)
	y := margin
	for _, l := range r.Lines {
		drawLine(img, l, y, reg, bold)
		y += lineHeight(l)
	}
	if !r.Uncut {
		for x := 0; x < p.Dots(); x += 12 {
			for i := range 6 {
				img.SetGray(x+i, height-2, color.Gray{0x80})
			}
		}
	}
	return img, nil
}

func lineHeight(l Line) int {
	h := 1
	for _, r := range l.Runs {
		h = max(h, r.Height)
	}
	return h * cellH
}

func runWidth(r Run) int { return len([]rune(r.Text)) * cellW * r.Width }

func drawLine(img *image.Gray, l Line, top int, reg, bold font.Face) {
	w := 0
	for _, r := range l.Runs {
		w += runWidth(r)
	}
	x := 0
	switch l.Align {
	case escpos.AlignCenter:
		x = (img.Bounds().Dx() - w) / 2
	case escpos.AlignRight:
		x = img.Bounds().Dx() - w
	}
	bottom := top + lineHeight(l)
	for _, r := range l.Runs {
		f := reg
		if r.Bold {
			f = bold
		}
		drawRun(img, r, image.Pt(x, bottom-r.Height*cellH), f)
		x += runWidth(r)
	}
}

// drawRun draws a run at base size and scales it by the run's multipliers,
// dot for dot, as a thermal printer enlarges characters.
func drawRun(img *image.Gray, r Run, at image.Point, f font.Face) {
	n := len([]rune(r.Text))
	base := image.NewGray(image.Rect(0, 0, n*cellW, cellH))
	draw.Draw(base, base.Bounds(), image.White, image.Point{}, draw.Src)
	d := font.Drawer{Dst: base, Src: image.Black, Face: f, Dot: fixed.P(0, baseRow)}
	for _, c := range r.Text {
		d.DrawString(string(c))
		d.Dot.X = fixed.I(((d.Dot.X.Round() + cellW - 1) / cellW) * cellW) // keep the 12-dot grid
	}
	dst := image.Rect(at.X, at.Y, at.X+n*cellW*r.Width, at.Y+cellH*r.Height)
	draw.NearestNeighbor.Scale(img, dst, base, base.Bounds(), draw.Src, nil)
}
