package queue_test

import (
	"path/filepath"
	"slices"
	"testing"

	"vuoro/hub/queue"
	"vuoro/hub/store"
)

// The store's index of visits reads a payload's "ticket" and "call_id"
// fields: for every kind of event the engine writes, the events the index
// finds for a visit are exactly those queue.VisitOf says are about it.
func TestLogIndexFindsEachVisitsEvents(t *testing.T) {
	log := readLog(t, goldenLog)
	st, err := store.Open(filepath.Join(t.TempDir(), "hub.db"))
	must(t, err)
	defer st.Close()
	want := map[uint64][]uint64{}
	for _, ev := range log {
		_, err := st.Append(ev)
		must(t, err)
		p, err := queue.Decode(ev)
		must(t, err)
		if v := queue.VisitOf(ev, p); v != 0 {
			want[v] = append(want[v], ev.Seq)
		}
	}
	if len(want) < 3 {
		t.Fatalf("only %d visits in the log", len(want))
	}
	for v, seqs := range want {
		page, err := st.Query(store.Filter{Visit: v}, 0, 1000)
		must(t, err)
		var got []uint64
		for _, ev := range page.Events {
			got = append(got, ev.Seq)
		}
		if !slices.Equal(got, seqs) {
			t.Errorf("visit %d: the index finds %v, VisitOf %v", v, got, seqs)
		}
	}
}
