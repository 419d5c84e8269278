package eventtest

import (
	"errors"
	"sync"

	"vuoro/hub/event"
)

// ErrDisk is the error a Disk told to fail returns.
var ErrDisk = errors.New("eventtest: the disk failed")

// Disk is a real log behind a switch: its writes can be stalled, as a
// disk that hangs in fsync, or failed, as a full or broken one. It counts
// the batches written.
type Disk struct {
	event.BatchLog
	mu      sync.Mutex
	stall   chan struct{} // non-nil while writes stall: closed to let them go
	stalled chan struct{} // gets a value when a write starts to stall
	fail    bool
	batches []int // the events of each batch written
}

// NewDisk returns a disk over log, writing normally.
func NewDisk(log event.BatchLog) *Disk {
	return &Disk{BatchLog: log, stalled: make(chan struct{}, 64)}
}

// Stall makes every write from now on wait until Resume.
func (d *Disk) Stall() {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.stall == nil {
		d.stall = make(chan struct{})
	}
}

// Stalled is told once for every write that starts to wait.
func (d *Disk) Stalled() <-chan struct{} { return d.stalled }

// Resume lets the stalled writes go on.
func (d *Disk) Resume() {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.stall != nil {
		close(d.stall)
		d.stall = nil
	}
}

// Fail makes every write from now on fail (on true) or work again.
func (d *Disk) Fail(on bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.fail = on
}

// Batches returns the number of events of each batch written, in order.
func (d *Disk) Batches() []int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return append([]int(nil), d.batches...)
}

// Write writes b to the log, after a stall and unless told to fail.
func (d *Disk) Write(b event.Batch) error {
	d.mu.Lock()
	stall := d.stall
	d.mu.Unlock()
	if stall != nil {
		d.stalled <- struct{}{}
		<-stall
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.fail {
		return ErrDisk
	}
	if err := d.BatchLog.Write(b); err != nil {
		return err
	}
	if len(b.Events) > 0 {
		d.batches = append(d.batches, len(b.Events))
	}
	return nil
}
