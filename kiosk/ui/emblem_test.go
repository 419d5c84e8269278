package ui

import (
	"bytes"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"

	"vuoro/kiosk/flow"
)

// placeholders are the agencies' placeholder emblems: initials in white
// on the agency's dark colour (contrast ≥ 7:1).
var placeholders = []struct {
	id, initials string
	colour       color.NRGBA
}{
	{"dvv", "DVV", color.NRGBA{0x00, 0x34, 0x7a, 0xff}},
	{"vero", "VH", color.NRGBA{0x00, 0x3b, 0x6f, 0xff}},
	{"ely", "ELY", color.NRGBA{0x1d, 0x4d, 0x2b, 0xff}},
	{"mml", "MML", color.NRGBA{0x4a, 0x2a, 0x6b, 0xff}},
	{"kela", "K", color.NRGBA{0x00, 0x54, 0x5e, 0xff}},
	{"ulosotto", "UL", color.NRGBA{0x6b, 0x1d, 0x1d, 0xff}},
}

// placeholderPNG draws initials centred in the theme's bold font on a
// 96x96 square of colour in a white frame.
func placeholderPNG(t *testing.T, initials string, colour color.NRGBA) []byte {
	f, err := opentype.Parse(theme.DefaultTheme().Font(fyne.TextStyle{Bold: true}).Content())
	if err != nil {
		t.Fatal(err)
	}
	size := 40.0
	if len(initials) > 2 {
		size = 28
	}
	face, err := opentype.NewFace(f, &opentype.FaceOptions{Size: size, DPI: 72, Hinting: font.HintingFull})
	if err != nil {
		t.Fatal(err)
	}
	img := image.NewNRGBA(image.Rect(0, 0, 96, 96))
	draw.Draw(img, img.Bounds(), image.White, image.Point{}, draw.Src) // a white frame sets it off a blue button
	draw.Draw(img, image.Rect(6, 6, 90, 90), &image.Uniform{colour}, image.Point{}, draw.Src)
	d := &font.Drawer{Dst: img, Src: image.White, Face: face}
	w := d.MeasureString(initials)
	m := face.Metrics()
	d.Dot = fixed.Point26_6{X: (fixed.I(96) - w) / 2, Y: (fixed.I(96) + m.Ascent - m.Descent) / 2}
	d.DrawString(initials)
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// The emblems in emblems/ are made by this test (-update rewrites them).
func TestEmblems(t *testing.T) {
	for _, p := range placeholders {
		path := filepath.Join("emblems", p.id+".png")
		want := placeholderPNG(t, p.initials, p.colour)
		if *update {
			if err := os.WriteFile(path, want, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if got, err := os.ReadFile(path); err != nil || !bytes.Equal(got, want) {
			t.Errorf("%s differs from its generator (go test -run TestEmblems -update): %v", path, err)
		}
		if emblem(flowAgency(p.id)) == nil {
			t.Errorf("no emblem on the button of %s", p.id)
		}
	}
}

func flowAgency(id string) flow.Button { return flow.Button{ID: flow.AgencyAction(id)} }
