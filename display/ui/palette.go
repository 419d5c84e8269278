package ui

import (
	"image/color"
	"strings"

	"vuoro/shared/i18n"
)

// The displays' colours: light text on a near-black background, every pair
// well above the WCAG AAA contrast ratio of 7:1, and a yellow highlight for a
// new call, the colour of the wayfinding line in the service centres.
var (
	colBackground = color.NRGBA{R: 0x0b, G: 0x10, B: 0x15, A: 0xff}
	colQuiet      = color.NRGBA{R: 0xff, G: 0xff, B: 0xff, A: 0xff} // a QR code's quiet zone
	colPanel      = color.NRGBA{R: 0x18, G: 0x22, B: 0x2d, A: 0xff}
	colStripe     = color.NRGBA{R: 0x12, G: 0x19, B: 0x21, A: 0xff}
	colText       = color.NRGBA{R: 0xff, G: 0xff, B: 0xff, A: 0xff}
	colSecondary  = color.NRGBA{R: 0xc8, G: 0xd2, B: 0xdc, A: 0xff}
	colArrow      = color.NRGBA{R: 0x8f, G: 0xa3, B: 0xb8, A: 0xff}
	colIdle       = color.NRGBA{R: 0x5b, G: 0x6b, B: 0x7c, A: 0xff}
	colFlash      = color.NRGBA{R: 0xff, G: 0xd4, B: 0x00, A: 0xff}
	colOnFlash    = color.NRGBA{R: 0x00, G: 0x00, B: 0x00, A: 0xff}
	colWarning    = color.NRGBA{R: 0xff, G: 0xb7, B: 0x4d, A: 0xff}
)

// Texts shown in all three languages of the service centres.
const (
	textNumber = "Nro / Nr / No."
	textRoom   = "Huone / Rum / Room"
	textArrow  = "→"
	textNone   = "—"
)

// textDisconnected is the connection-lost notice in the three languages.
var textDisconnected = strings.Join([]string{i18n.T(i18n.FI, i18n.ConnectionLost),
	i18n.T(i18n.SV, i18n.ConnectionLost), i18n.T(i18n.EN, i18n.ConnectionLost)}, " / ")
