package gpio

import "time"

// presses turns a key's accepted ups and downs into presses.
type presses struct {
	long     time.Duration
	report   func(Press)
	down     bool
	at       time.Time // when the key went down
	reported bool      // the press was reported as long while held
}

// change takes an accepted change of the key at time at.
func (p *presses) change(down bool, at time.Time) {
	if !down && p.down && !p.reported {
		p.report(Press{At: p.at, Long: at.Sub(p.at) >= p.long})
	}
	p.down, p.at, p.reported = down, at, false
}

// tick reports a long press once the key is known down until held.
func (p *presses) tick(held time.Time) {
	if p.down && !p.reported && held.Sub(p.at) >= p.long {
		p.reported = true
		p.report(Press{At: p.at, Long: true})
	}
}

// longAt returns when a press now down becomes long, or the zero time.
func (p *presses) longAt() time.Time {
	if !p.down || p.reported {
		return time.Time{}
	}
	return p.at.Add(p.long)
}
