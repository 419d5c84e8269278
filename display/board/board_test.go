package board_test

import (
	"time"
	_ "time/tzdata" // the tests must not depend on the host's zoneinfo

	"vuoro/shared/wire"
)

// t0 is Tuesday 24 January 2023, 09:54 in Helsinki (UTC+2).
var t0 = time.Date(2023, 1, 24, 7, 54, 0, 0, time.UTC)

func head() wire.Header { return wire.Header{V: wire.Version, ID: "m", Sent: t0} }

func call(seq uint64, id, room string) *wire.Call {
	return &wire.Call{Header: head(), CallEntry: entry(seq, id, room)}
}

func recall(seq uint64, id, room string) *wire.Call {
	c := call(seq, id, room)
	c.Recall = true
	return c
}

func entry(seq uint64, id, room string) wire.CallEntry {
	return wire.CallEntry{Seq: seq, CallID: id, Room: room, At: t0}
}

func snapshot(seq uint64, calls ...wire.CallEntry) *wire.DisplaySnapshot {
	return &wire.DisplaySnapshot{Header: head(), Seq: seq, Calls: calls}
}

func room(seq uint64, room, id string) *wire.RoomState {
	return &wire.RoomState{Header: head(), Seq: seq, Room: room, CallID: id, Since: t0}
}

// visitEntry is a line of a hub that keys calls by visit.
func visitEntry(seq, visit uint64, id, room string) wire.CallEntry {
	c := entry(seq, id, room)
	c.Visit = visit
	return c
}

func visitRoom(seq, visit uint64, id string) *wire.RoomState {
	r := room(seq, "6", id)
	r.Visit = visit
	return r
}
