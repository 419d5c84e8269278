package event

import "time"

// Commit is one group of events written to the log in one transaction
// with one sync to disk (group commit).
type Commit struct {
	Events int           // how many events the group held
	Took   time.Duration // how long the write and its sync took
}

// OnCommit registers fn to be called after each group of events is
// durable, as a metric of the disk. fn runs on the writer goroutine,
// before the group's commands are answered: it must be quick and must
// not call the journal. Failed writes are not reported.
func (j *Journal[S, P]) OnCommit(fn func(Commit)) {
	j.q.Lock()
	defer j.q.Unlock()
	j.commits = append(j.commits, fn)
}

// timedStore writes b and reports the commit. Its time is the machine's
// monotonic clock, not the journal's Clock: that is the site's time,
// which tests set by hand, and says nothing of how long a disk took.
func (j *Journal[S, P]) timedStore(b *batch[P]) error {
	start := time.Now()
	if err := j.store(b); err != nil {
		return err
	}
	c := Commit{Events: len(b.evs), Took: time.Since(start)}
	j.q.Lock()
	fns := j.commits
	j.q.Unlock()
	for _, fn := range fns {
		fn(c)
	}
	return nil
}
