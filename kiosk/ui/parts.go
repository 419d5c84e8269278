package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"vuoro/kiosk/flow"
)

// textStyle is how one block of text looks.
type textStyle struct {
	size  fyne.ThemeSizeName
	color fyne.ThemeColorName
	bold  bool
}

var (
	styleTitle    = textStyle{sizeTitle, theme.ColorNameForeground, true}
	styleSubtitle = textStyle{sizeSubtitle, theme.ColorNameForeground, false}
	styleBody     = textStyle{theme.SizeNameText, theme.ColorNameForeground, false}
	styleNumber   = textStyle{sizeNumber, theme.ColorNamePrimary, true}
	styleError    = textStyle{sizeSubtitle, theme.ColorNameError, true}
	styleNotice   = textStyle{sizeSubtitle, theme.ColorNameForegroundOnWarning, true}
	styleOffline  = textStyle{sizeSubtitle, theme.ColorNameForegroundOnError, true}
)

// text is a centred, word-wrapped block of text.
func text(s string, st textStyle) *widget.RichText {
	seg := &widget.TextSegment{Text: s, Style: widget.RichTextStyle{
		Alignment: fyne.TextAlignCenter,
		ColorName: st.color,
		SizeName:  st.size,
		TextStyle: fyne.TextStyle{Bold: st.bold},
	}}
	rt := widget.NewRichText(seg)
	rt.Wrapping = fyne.TextWrapWord
	return rt
}

// buttonLook is a button's importance and the colour of its label.
type buttonLook struct {
	importance widget.Importance
	label      fyne.ThemeColorName
}

var (
	lookPrimary = buttonLook{widget.HighImportance, theme.ColorNameForegroundOnPrimary}
	lookPlain   = buttonLook{widget.MediumImportance, theme.ColorNameForeground}
	lookHelp    = buttonLook{widget.WarningImportance, theme.ColorNameForegroundOnWarning}
)

// button is a touch target of at least min size whose label, of text
// size size, wraps across lines; tapping it calls tap with its action.
func button(b flow.Button, look buttonLook, size fyne.ThemeSizeName, min fyne.Size, tap func(flow.Action)) fyne.CanvasObject {
	btn := widget.NewButton("", func() { tap(b.ID) })
	btn.Importance = look.importance
	label := look.label
	if !b.Enabled {
		btn.Disable()
		label = theme.ColorNameDisabled
	}
	floor := canvas.NewRectangle(color.Transparent)
	floor.SetMinSize(min)
	caption := text(b.Label, textStyle{size, label, true})
	return container.NewStack(floor, btn, container.New(middle{}, caption))
}

// banner is a line of text on a coloured strip.
func banner(s string, st textStyle, bg fyne.ThemeColorName, th fyne.Theme) fyne.CanvasObject {
	strip := canvas.NewRectangle(th.Color(bg, theme.VariantLight))
	strip.CornerRadius = th.Size(theme.SizeNameInputRadius)
	return container.NewStack(strip, container.NewPadded(text(s, st)))
}
