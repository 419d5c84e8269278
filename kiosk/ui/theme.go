package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Size names of the kiosk's own text styles, resolved by kioskTheme.
const (
	sizeTitle    fyne.ThemeSizeName = "vuoro.title"
	sizeSubtitle fyne.ThemeSizeName = "vuoro.subtitle"
	sizeNumber   fyne.ThemeSizeName = "vuoro.number"
	sizeButton   fyne.ThemeSizeName = "vuoro.button"
	sizeBar      fyne.ThemeSizeName = "vuoro.bar"
)

// sizes are each size in normal and in large-text mode ("Suurenna"). Every
// text the citizen reads or taps doubles; the heading grows 1.6 times and
// the number 1.33 times, as they are large already, so that a screen
// scrolls less on 1024x600. The large layout re-flows (views in one
// column, the bar in two rows) so nothing is clipped.
var sizes = map[fyne.ThemeSizeName][2]float32{
	theme.SizeNameText:           {22, 44},
	theme.SizeNameHeadingText:    {40, 64},
	theme.SizeNameSubHeadingText: {28, 56},
	theme.SizeNamePadding:        {8, 8},
	theme.SizeNameInnerPadding:   {8, 12},
	theme.SizeNameInputRadius:    {8, 8},
	theme.SizeNameScrollBar:      {16, 24},
	sizeTitle:                    {40, 64},
	sizeSubtitle:                 {28, 56},
	sizeNumber:                   {72, 96},
	sizeButton:                   {26, 52},
	sizeBar:                      {24, 48},
}

// High-contrast colours: near-black on white, white on dark blue, black
// on yellow. Each text pair has a contrast ratio of at least 7:1.
var colors = map[fyne.ThemeColorName]color.Color{
	theme.ColorNameBackground:          color.White,
	theme.ColorNameForeground:          color.NRGBA{0x11, 0x11, 0x11, 0xff},
	theme.ColorNamePrimary:             color.NRGBA{0x00, 0x34, 0x7a, 0xff},
	theme.ColorNameForegroundOnPrimary: color.White,
	theme.ColorNameButton:              color.NRGBA{0xdd, 0xe3, 0xea, 0xff},
	theme.ColorNameDisabledButton:      color.NRGBA{0xe6, 0xe6, 0xe6, 0xff},
	theme.ColorNameDisabled:            color.NRGBA{0x33, 0x33, 0x33, 0xff}, // a closed service's state is read on it
	theme.ColorNameWarning:             color.NRGBA{0xff, 0xc4, 0x00, 0xff},
	theme.ColorNameForegroundOnWarning: color.NRGBA{0x11, 0x11, 0x11, 0xff},
	theme.ColorNameError:               color.NRGBA{0xa3, 0x00, 0x1e, 0xff},
	theme.ColorNameSuccess:             color.NRGBA{0x0b, 0x5e, 0x2a, 0xff},
	theme.ColorNameHeaderBackground:    color.NRGBA{0xee, 0xf1, 0xf5, 0xff},
	theme.ColorNameSeparator:           color.NRGBA{0xb0, 0xb8, 0xc2, 0xff},
	theme.ColorNameHover:               color.NRGBA{0x00, 0x00, 0x00, 0x18},
	theme.ColorNamePressed:             color.NRGBA{0x00, 0x00, 0x00, 0x30},
	theme.ColorNameFocus:               color.NRGBA{0x00, 0x00, 0x00, 0x00},
	theme.ColorNameShadow:              color.NRGBA{0x00, 0x00, 0x00, 0x40},
}

// kioskTheme is the kiosk's light, high-contrast theme in normal or large
// size. It ignores the system's dark-mode variant: a kiosk looks the same
// all day.
type kioskTheme struct{ large bool }

func (t kioskTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	if c, ok := colors[n]; ok {
		return c
	}
	return theme.DefaultTheme().Color(n, theme.VariantLight)
}

func (t kioskTheme) Font(s fyne.TextStyle) fyne.Resource { return theme.DefaultTheme().Font(s) }

func (t kioskTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return theme.DefaultTheme().Icon(n) }

func (t kioskTheme) Size(n fyne.ThemeSizeName) float32 {
	s, ok := sizes[n]
	if !ok {
		return theme.DefaultTheme().Size(n)
	}
	if t.large {
		return s[1]
	}
	return s[0]
}
