package faults

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// figures are what an audit found: the issue's "lost, duplicated,
// orphaned" and the order of the queues.
type figures struct {
	held       int // tickets the kiosks handed out
	lost       int // handed out, but in no queue
	duplicated int // a number in the queues more than once
	orphaned   int // waiting in a queue, held by no kiosk
	outOfOrder int // waiting behind a visit that checked in later
	gaveUp     int
	refused    map[string]int
}

func (f figures) String() string {
	return fmt.Sprintf("held %d, lost %d, duplicated %d, orphaned %d, out of order %d (kiosks gave up %d, refused %v)",
		f.held, f.lost, f.duplicated, f.orphaned, f.outOfOrder, f.gaveUp, f.refused)
}

// audit compares what the kiosks handed out with what waits in the hub's
// queues, as the advisor of every queue sees them: every ticket handed out
// today is waiting or, if the test called it, being served.
func audit(t testing.TB, u *user, l *ledger) figures {
	t.Helper()
	l.mu.Lock()
	f := figures{held: len(l.held), gaveUp: l.gaveUp, refused: l.refused}
	holders := map[string]bool{}
	for _, h := range l.held {
		holders[h.callID] = true
	}
	l.mu.Unlock()

	seen := map[string]int{}
	for _, q := range u.queues(t) {
		for i, v := range append(q.Waiting, q.Serving...) {
			if !strings.HasPrefix(v.Device, "kiosk-") {
				continue
			}
			seen[v.CallID]++
			if !holders[v.CallID] {
				f.orphaned++
				t.Logf("orphan: %s in %s (from %s), held by no kiosk", v.CallID, q.Service, v.Device)
			}
			if i > 0 && i < len(q.Waiting) && v.Since.Before(q.Waiting[i-1].Since) {
				f.outOfOrder++
			}
		}
	}
	for id := range holders {
		switch n := seen[id]; {
		case n == 0:
			f.lost++
			t.Logf("lost: %s was handed out but waits in no queue", id)
		case n > 1:
			f.duplicated += n - 1
		}
	}
	return f
}

// numbersUnique reports call ids handed out more than once.
func numbersUnique(l *ledger) []string {
	ids := make([]string, 0, len(l.held))
	for _, h := range l.tickets() {
		ids = append(ids, h.callID)
	}
	slices.Sort(ids)
	var dup []string
	for i := 1; i < len(ids); i++ {
		if ids[i] == ids[i-1] {
			dup = append(dup, ids[i])
		}
	}
	return dup
}

// expectClean fails the test unless the audit found nothing wrong.
func expectClean(t *testing.T, f figures, l *ledger) {
	t.Helper()
	t.Logf("figures: %s", f)
	if dup := numbersUnique(l); len(dup) > 0 {
		t.Errorf("numbers handed out twice: %v", dup)
	}
	if f.lost+f.duplicated+f.orphaned+f.outOfOrder > 0 {
		t.Errorf("after the fault: %s", f)
	}
}
