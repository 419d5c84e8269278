package escpostest

import "unicode/utf8"

// wrap breaks a line wider than dots into rows the way the printer does:
// when the next character does not fit, the row is printed and the
// character starts the next one. Each row keeps the line's alignment.
func wrap(l Line, dots int) []Line {
	if rowWidth(l) <= dots {
		return []Line{l}
	}
	rows := []Line{{Align: l.Align}}
	x := 0
	for _, r := range l.Runs {
		w := r.Width * cellW
		for text := []rune(r.Text); len(text) > 0; {
			if x+w > dots && x > 0 {
				rows, x = append(rows, Line{Align: l.Align}), 0
			}
			n := min(max((dots-x)/w, 1), len(text)) // at least one, if wider than the paper
			part := r
			part.Text, text = string(text[:n]), text[n:]
			row := &rows[len(rows)-1]
			row.Runs = append(row.Runs, part)
			x += n * w
		}
	}
	return rows
}

// rowWidth is the width of l's characters in dots.
func rowWidth(l Line) int {
	w := 0
	for _, r := range l.Runs {
		w += utf8.RuneCountInString(r.Text) * r.Width * cellW
	}
	return w
}
