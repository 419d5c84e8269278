package queue_test

import (
	"encoding/base64"
	"errors"
	"strings"
	"testing"

	"vuoro/hub/queue"
)

func TestFollowTokenFindsTheVisit(t *testing.T) {
	f := newFixture(t)
	f.issue("veroasiat")
	got := f.issue("veroasiat")
	raw, err := base64.RawURLEncoding.DecodeString(got.FollowToken)
	if err != nil || len(raw) < 16 {
		t.Fatalf("follow token %q: %d bytes (%v), want at least 128 bits", got.FollowToken, len(raw), err)
	}
	v, err := f.e.Follow(got.FollowToken)
	must(t, err)
	if v.CallID != "R2" || v.Status != queue.Waiting || v.Ahead != 1 {
		t.Fatalf("followed %+v, want R2 waiting with 1 ahead", v)
	}
	if _, err := f.e.CallNext("maija", []string{"veroasiat"}, "5"); err != nil {
		t.Fatal(err)
	}
	called, err := f.e.CallNext("pekka", []string{"veroasiat"}, "6")
	must(t, err)
	if v, _ := f.e.Follow(got.FollowToken); v.Status != queue.Called || v.Room != "6" || !v.Called.Equal(called.Called) {
		t.Fatalf("followed after its call %+v, want called to room 6", v)
	}
	for _, bad := range []string{"", got.FollowToken[:21], f.issue("veroasiat").FollowToken + "x"} {
		if _, err := f.e.Follow(bad); !errors.Is(err, queue.ErrNotFound) {
			t.Errorf("Follow(%q) = %v, want ErrNotFound", bad, err)
		}
	}
}

func TestFollowTokenIsNotInTheLog(t *testing.T) {
	f := newFixture(t)
	got := f.issue("veroasiat")
	evs, err := f.st.Events(0, 1000)
	must(t, err)
	for _, ev := range evs {
		if strings.Contains(string(ev.Payload), got.FollowToken) {
			t.Fatalf("event %d holds the follow token: %s", ev.Seq, ev.Payload)
		}
	}
	for _, reopen := range []func(){f.reopen, func() { must(t, f.e.Close()); f.reopen() }} { // from the log, then a snapshot
		reopen()
		if v, err := f.e.Follow(got.FollowToken); err != nil || v.CallID != got.Ticket.CallID {
			t.Fatalf("after a restart, Follow = %+v, %v", v, err)
		}
	}
}
