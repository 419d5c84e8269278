package board

// Calls returns how many calls to its room the counter has taken as news
// so far: a new visit called there or the visit called again (a recall),
// not the retained state it starts from. A display that chimes on a call
// compares it before and after Apply.
func (c *Counter) Calls() uint64 { return c.flash.started }
