package escpos

import (
	"context"
	"time"
)

// ASB items of GS a n: the printer sends its status when one of them
// changes.
const (
	asbDrawer  = 0x01
	asbOnline  = 0x02
	asbError   = 0x04
	asbPaper   = 0x08
	asbWatched = asbOnline | asbError | asbPaper
)

// listenSlice is how long Watch holds the connection at a time while it
// listens for Automatic Status Back between polls, so that Print waits
// no longer than this for its turn.
const listenSlice = 250 * time.Millisecond

// Watch asks the printer's status every Options.Poll until ctx ends, and
// calls fn at once with the first answer and then with each that differs
// from the one before: a Status and nil, or the zero Status and the
// error of a printer that does not answer or whose connection failed.
// With Options.ASB it turns on Automatic Status Back at each poll (a
// printer forgets it when switched off) and between polls reports the
// status the printer sends as soon as it comes. Watch returns ctx.Err().
func (p *Printer) Watch(ctx context.Context, fn func(Status, error)) error {
	var (
		reported bool
		last     Status
		lastErr  string
	)
	report := func(s Status, err error) {
		msg := ""
		if err != nil {
			msg, s = err.Error(), Status{}
		}
		if reported && s == last && msg == lastErr {
			return
		}
		reported, last, lastErr = true, s, msg
		fn(s, err)
	}
	for {
		report(p.poll())
		if err := p.pause(ctx, report); err != nil {
			return err
		}
	}
}

// poll asks the status, turning on ASB first if Watch uses it.
func (p *Printer) poll() (Status, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.o.ASB && p.r != nil {
		if err := p.write([]byte{gs, 'a', asbWatched}); err != nil {
			return Status{}, err
		}
	}
	return p.status()
}

// pause waits for the next poll, listening for ASB if Watch uses it.
func (p *Printer) pause(ctx context.Context, report func(Status, error)) error {
	end := time.Now().Add(p.o.Poll)
	for p.o.ASB && p.r != nil && time.Until(end) > 0 {
		if err := ctx.Err(); err != nil {
			return err
		}
		s, ok, err := p.listen(time.Now().Add(min(listenSlice, time.Until(end))))
		if err != nil {
			break // the next poll reports it
		}
		if ok {
			report(s, nil)
		}
	}
	t := time.NewTimer(time.Until(end))
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// listen reads what the printer sends until deadline and returns the
// status of the first ASB message that comes, if one does.
func (p *Printer) listen(deadline time.Time) (Status, bool, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for asbs := p.asbs; p.asbs == asbs; {
		if err := p.fill(deadline); err == ErrNoReply {
			return Status{}, false, nil
		} else if err != nil {
			return Status{}, false, err
		}
	}
	return p.last, true, nil
}
