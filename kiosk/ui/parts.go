package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// textStyle is how one block of text looks.
type textStyle struct {
	size   fyne.ThemeSizeName
	color  fyne.ThemeColorName
	bold   bool
	italic bool
}

var (
	styleTitle      = textStyle{sizeTitle, theme.ColorNameForeground, true, false}
	styleSubtitle   = textStyle{sizeSubtitle, theme.ColorNameForeground, false, false}
	styleBody       = textStyle{theme.SizeNameText, theme.ColorNameForeground, false, false}
	styleNumber     = textStyle{sizeNumber, theme.ColorNamePrimary, true, false}
	styleError      = textStyle{sizeSubtitle, theme.ColorNameError, true, false}
	styleNotice     = textStyle{sizeSubtitle, theme.ColorNameForegroundOnWarning, true, false}
	styleNoticeBody = textStyle{theme.SizeNameText, theme.ColorNameForegroundOnWarning, false, false}
	styleOffline    = textStyle{sizeSubtitle, theme.ColorNameForegroundOnError, true, false}
)

// text is a centred, word-wrapped block of text.
func text(s string, st textStyle) *widget.RichText {
	seg := &widget.TextSegment{Text: s, Style: widget.RichTextStyle{
		Alignment: fyne.TextAlignCenter,
		ColorName: st.color,
		SizeName:  st.size,
		TextStyle: fyne.TextStyle{Bold: st.bold, Italic: st.italic},
	}}
	rt := widget.NewRichText(seg)
	rt.Wrapping = fyne.TextWrapWord
	return rt
}

// buttonLook is a button's importance and the colour of its label; a
// hint's label is a placeholder, in italics and not bold, so that it is
// not taken for something already typed.
type buttonLook struct {
	importance widget.Importance
	label      fyne.ThemeColorName
	hint       bool
}

var (
	lookPrimary = buttonLook{importance: widget.HighImportance, label: theme.ColorNameForegroundOnPrimary}
	lookPlain   = buttonLook{importance: widget.MediumImportance, label: theme.ColorNameForeground}
	lookHelp    = buttonLook{importance: widget.WarningImportance, label: theme.ColorNameForegroundOnWarning}
)

// banner is content on a coloured strip.
func banner(content fyne.CanvasObject, bg fyne.ThemeColorName, th fyne.Theme) fyne.CanvasObject {
	strip := canvas.NewRectangle(th.Color(bg, theme.VariantLight))
	strip.CornerRadius = th.Size(theme.SizeNameInputRadius)
	return container.NewStack(strip, container.NewPadded(content))
}
