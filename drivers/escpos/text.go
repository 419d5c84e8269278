package escpos

import "fmt"

// CodePage858 is the ESC t number of code page 858: code page 850 with the
// euro sign at 0xD5. It covers Finnish, Swedish and English.
const CodePage858 = 19

// Init resets the printer to its defaults (ESC @) and selects code page
// 858 (ESC t 19). A reset clears the printer's line buffer, so Init in
// mid-line is an error.
func (e *Encoder) Init() {
	if e.atLineStart("init", "would discard the unprinted text") {
		e.put(esc, '@', esc, 't', CodePage858)
	}
}

// Bold turns emphasis on or off (ESC E n).
func (e *Encoder) Bold(on bool) {
	var n byte
	if on {
		n = 1
	}
	e.put(esc, 'E', n)
}

// Size sets the character width and height multipliers, 1 to 8 each
// (GS ! n). Characters of different heights on one line share a baseline.
func (e *Encoder) Size(w, h int) {
	if w < 1 || w > 8 || h < 1 || h > 8 {
		e.fail(fmt.Errorf("escpos: character size %dx%d: width and height must be 1..8", w, h))
		return
	}
	e.put(gs, '!', byte(w-1)<<4|byte(h-1))
}

// Text prints s, converted to code page 858. A line feed in s ends the
// line; any other control character, or a character code page 858 lacks,
// is a *RuneError.
func (e *Encoder) Text(s string) {
	if e.err != nil || s == "" {
		return
	}
	b, err := appendText(e.buf, s)
	if err != nil {
		e.fail(err)
		return
	}
	e.buf, e.midLine = b, s[len(s)-1] != lf
}

// Line prints s and ends the line (LF).
func (e *Encoder) Line(s string) {
	e.Text(s)
	e.put(lf)
	e.midLine = false
}
