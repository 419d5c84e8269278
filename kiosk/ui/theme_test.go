package ui

import (
	"image/color"
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// luminance is the WCAG 2.1 relative luminance of c.
func luminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	lin := func(v uint32) float64 {
		s := float64(v) / 0xffff
		if s <= 0.03928 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}

func contrast(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

// Every text the kiosk draws, on what it is drawn on, has a contrast of at
// least 7:1 (WCAG 2.1 AAA), in both sizes: a closed service's state on its
// greyed button too.
func TestThemeContrastIsAtLeast7To1(t *testing.T) {
	pairs := [][2]fyne.ThemeColorName{
		{theme.ColorNameForeground, theme.ColorNameBackground},
		{theme.ColorNameForeground, theme.ColorNameHeaderBackground},
		{theme.ColorNameForeground, theme.ColorNameButton},
		{theme.ColorNameForegroundOnPrimary, theme.ColorNamePrimary},
		{theme.ColorNamePrimary, theme.ColorNameBackground},
		{theme.ColorNameForegroundOnWarning, theme.ColorNameWarning},
		{theme.ColorNameError, theme.ColorNameBackground},
		{theme.ColorNameForegroundOnError, theme.ColorNameError},
		{theme.ColorNameDisabled, theme.ColorNameDisabledButton},
	}
	for _, large := range []bool{false, true} {
		th := kioskTheme{large: large}
		for _, p := range pairs {
			c := contrast(th.Color(p[0], theme.VariantLight), th.Color(p[1], theme.VariantLight))
			if c < 7 {
				t.Errorf("large %v: %s on %s has contrast %.2f:1, want ≥ 7:1", large, p[0], p[1], c)
			}
		}
	}
}

// "Suurenna" at least doubles every text a citizen reads or taps.
func TestLargeTextAtLeastDoubles(t *testing.T) {
	for _, n := range []fyne.ThemeSizeName{theme.SizeNameText, sizeSubtitle, sizeButton, sizeBar} {
		normal, large := kioskTheme{}.Size(n), kioskTheme{large: true}.Size(n)
		if large < 2*normal {
			t.Errorf("%s: %v in large text, %v normally: less than twice", n, large, normal)
		}
	}
}

// Touch targets are at least 9 mm on the kiosk's screen. The densest kiosk
// screen expected is a 10.1" 1280x800 touchscreen, 150 ppi: 9 mm is 54 px
// there (a 15.6" 1920x1080 is 141 ppi, 50 px). Fyne's scale is 1 on the
// kiosk, so a size in the theme is a size in pixels.
func TestTouchTargetsAtLeast9mm(t *testing.T) {
	const ppi = 150
	least := float32(math.Ceil(9 / 25.4 * ppi))
	for name, s := range map[string]fyne.Size{"bar": sizeBarButton, "language": sizeLangButton,
		"choice": sizeChoice, "wide choice": sizeChoiceWide, "start": sizeStart, "key": sizeKey} {
		if s.Width < least || s.Height < least {
			t.Errorf("%s button %v: under 9 mm (%v px at %d ppi)", name, s, least, ppi)
		}
	}
}
