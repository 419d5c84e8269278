package escpos

// Flow control bytes a printer sends on a serial line set to XON/XOFF.
const (
	XON  = 0x11
	XOFF = 0x13
)

// ReplyKind tells what the printer sent back.
type ReplyKind int

// The kinds of Reply.
const (
	ReplyRealtime ReplyKind = iota + 1 // a reply to DLE EOT n, in Reply.Byte
	ReplyASB                           // a whole ASB message, in Reply.ASB
	ReplyXON                           // the printer takes data again
	ReplyXOFF                          // the printer's buffer is nearly full: stop sending
	ReplyOther                         // none of these: the reply to another command, or noise
)

// String returns the kind in words.
func (k ReplyKind) String() string {
	switch k {
	case ReplyRealtime:
		return "real-time status"
	case ReplyASB:
		return "ASB"
	case ReplyXON:
		return "XON"
	case ReplyXOFF:
		return "XOFF"
	case ReplyOther:
		return "other"
	}
	return "ReplyKind(?)"
}

// Reply is one message the printer sent back.
type Reply struct {
	Kind ReplyKind
	Byte byte    // the byte of a ReplyRealtime, XON, XOFF or ReplyOther
	ASB  [4]byte // the message of a ReplyASB
}

// ReplyParser splits what the printer sends back into replies, telling
// them apart by their fixed bits: a reply to DLE EOT n is 0xx1xx10, the
// first byte of a 4-byte ASB message 0xx1xx00 and the other three
// 0xx0xxxx, XON 0x11 and XOFF 0x13. The printer may send XOFF within an
// ASB message. The zero value is ready for use.
type ReplyParser struct {
	asb     [4]byte
	n       int // bytes of an ASB message so far
	dropped int
}

// Feed takes the next byte from the printer and returns the reply it
// completes, if any. A byte that breaks off an ASB message drops the
// message (Dropped counts them) and is read as the start of a new reply.
func (p *ReplyParser) Feed(c byte) (Reply, bool) {
	if p.n > 0 {
		switch {
		case c == XOFF:
			return Reply{Kind: ReplyXOFF, Byte: c}, true
		case c&asbRestMask == 0:
			p.asb[p.n] = c
			if p.n++; p.n < len(p.asb) {
				return Reply{}, false
			}
			p.n = 0
			return Reply{Kind: ReplyASB, ASB: p.asb}, true
		}
		p.n = 0
		p.dropped++
	}
	switch {
	case c == XON:
		return Reply{Kind: ReplyXON, Byte: c}, true
	case c == XOFF:
		return Reply{Kind: ReplyXOFF, Byte: c}, true
	case IsRealtimeReply(c):
		return Reply{Kind: ReplyRealtime, Byte: c}, true
	case IsASBStart(c):
		p.asb[0], p.n = c, 1
		return Reply{}, false
	}
	return Reply{Kind: ReplyOther, Byte: c}, true
}

// Pending reports whether an ASB message has begun and not ended.
func (p *ReplyParser) Pending() bool { return p.n > 0 }

// Dropped returns how many ASB messages were broken off.
func (p *ReplyParser) Dropped() int { return p.dropped }
