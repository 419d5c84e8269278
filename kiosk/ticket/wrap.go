package ticket

import "strings"

// wrap breaks s into lines of at most cols characters at spaces; a word
// longer than a line is cut.
func wrap(s string, cols int) []string {
	if cols < 1 {
		return []string{s}
	}
	var out []string
	line := ""
	for _, w := range strings.Fields(s) {
		for len([]rune(w)) > cols {
			out = appendLine(out, line)
			line = ""
			r := []rune(w)
			out, w = append(out, string(r[:cols])), string(r[cols:])
		}
		switch {
		case line == "":
			line = w
		case len([]rune(line))+1+len([]rune(w)) <= cols:
			line += " " + w
		default:
			out, line = append(out, line), w
		}
	}
	return appendLine(out, line)
}

func appendLine(out []string, line string) []string {
	if line == "" {
		return out
	}
	return append(out, line)
}
