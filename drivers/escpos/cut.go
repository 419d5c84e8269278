package escpos

// cutFeed is how far, in vertical motion units, the paper is fed past the
// cutting position before the cut.
const cutFeed = 3

// The modes of GS V function B: feed to the cutter, then cut.
const (
	cutFull    = 65 // cut the paper through
	cutPartial = 66 // leave a hinge in the middle
)

// Cut feeds the paper to the cutter and cuts it (GS V m n, function B):
// through, or with partial, leaving a hinge so the ticket hangs from the
// printer until taken. The printer obeys GS V only at the start of a
// line, so Cut in mid-line is an error.
func (e *Encoder) Cut(partial bool) {
	m := byte(cutFull)
	if partial {
		m = cutPartial
	}
	if e.atLineStart("cut", "is ignored by the printer") {
		e.put(gs, 'V', m, cutFeed)
	}
}
