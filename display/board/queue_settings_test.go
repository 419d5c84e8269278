package board_test

import (
	"reflect"
	"testing"

	"vuoro/display/board"
)

// A queue display of one waiting area shows and highlights only the calls
// to its rooms; moved to another area it shows that area's snapshot, even
// one older than what it showed.
func TestAQueueBoardShowsItsWaitingAreasCallsOnly(t *testing.T) {
	b := board.NewQueueBoard(nil)
	aula := board.DefaultSettings()
	aula.Rooms = []string{"1", "2"}
	b.Configure(aula)
	b.Apply(snapshot(10, entry(10, "A10", "7"), entry(9, "A9", "1"), entry(8, "A8", "8")))
	b.Tick(t0)
	if s := b.State(); s.Latest != e("A9", "1") || len(s.Recent) != 0 {
		t.Fatalf("from a snapshot of two areas the board shows %+v %+v, want A9 to 1 alone", s.Latest, s.Recent)
	}
	if b.ApplyCall(call(11, "B11", "8")) {
		t.Fatal("a call to another area's room changed the board")
	}
	b.Tick(t0)
	if s := b.State(); s.Latest != e("A9", "1") || s.Flash {
		t.Fatalf("after another area's call the board shows %+v, flash %v; want A9 unhighlighted", s.Latest, s.Flash)
	}
	if !b.ApplyCall(call(12, "A12", "2")) {
		t.Fatal("a call to the area's own room was not shown")
	}
	b.Tick(t0)
	if s := b.State(); s.Latest != e("A12", "2") || !s.Flash {
		t.Fatalf("after its own call the board shows %+v, flash %v; want A12 highlighted", s.Latest, s.Flash)
	}

	upstairs := board.DefaultSettings()
	upstairs.Rooms = []string{"7", "8"}
	b.Configure(upstairs)
	if s := b.State(); s.Latest != (board.Entry{}) {
		t.Fatalf("moved to another area the board still shows %+v", s.Latest)
	}
	b.Apply(snapshot(11, entry(11, "B11", "8"), entry(10, "A10", "7")))
	b.Tick(t0)
	if s := b.State(); s.Latest != e("B11", "8") || !reflect.DeepEqual(s.Recent, []board.Entry{e("A10", "7")}) || s.Flash {
		t.Fatalf("the new area's older snapshot shows %+v %+v flash %v, want B11 and A10, no highlight", s.Latest, s.Recent, s.Flash)
	}
}
