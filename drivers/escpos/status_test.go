package escpos_test

import (
	"errors"
	"testing"

	"vuoro/drivers/escpos"
)

// TestRealtimeReplies decodes the replies a TM-T88 class printer sends,
// among them the paper sensor's 0x12 (paper), 0x1E (near end) and 0x7E
// (out).
func TestRealtimeReplies(t *testing.T) {
	tests := []struct {
		n    int
		b    byte
		want escpos.Status
	}{
		{escpos.RealtimePrinter, 0x12, escpos.Status{Online: true}},
		{escpos.RealtimePrinter, 0x1A, escpos.Status{}},
		{escpos.RealtimePrinter, 0x16, escpos.Status{Online: true, Drawer: true}},
		{escpos.RealtimePrinter, 0x3A, escpos.Status{WaitingOnline: true}},
		{escpos.RealtimePrinter, 0x52, escpos.Status{Online: true, Feeding: true}},
		{escpos.RealtimeOffline, 0x12, escpos.Status{}},
		{escpos.RealtimeOffline, 0x16, escpos.Status{CoverOpen: true}},
		{escpos.RealtimeOffline, 0x1A, escpos.Status{Feeding: true}},
		{escpos.RealtimeOffline, 0x32, escpos.Status{PaperOut: true}},
		{escpos.RealtimeOffline, 0x52, escpos.Status{Error: true}},
		{escpos.RealtimeError, 0x16, escpos.Status{Mechanical: true, Error: true}},
		{escpos.RealtimeError, 0x1A, escpos.Status{CutterError: true, Error: true}},
		{escpos.RealtimeError, 0x32, escpos.Status{Unrecoverable: true, Error: true}},
		{escpos.RealtimeError, 0x52, escpos.Status{Recoverable: true, Error: true}},
		{escpos.RealtimePaper, 0x12, escpos.Status{}},
		{escpos.RealtimePaper, 0x1E, escpos.Status{PaperNearEnd: true}},
		{escpos.RealtimePaper, 0x16, escpos.Status{PaperNearEnd: true}}, // one bit of the pair
		{escpos.RealtimePaper, 0x72, escpos.Status{PaperOut: true}},
		{escpos.RealtimePaper, 0x7E, escpos.Status{PaperNearEnd: true, PaperOut: true}},
	}
	for _, tt := range tests {
		var s escpos.Status
		if err := s.SetRealtime(tt.n, tt.b); err != nil || s != tt.want {
			t.Errorf("SetRealtime(%d, %#02x) = %+v, %v; want %+v", tt.n, tt.b, s, err, tt.want)
		}
	}
}

func TestRealtimeEncodes(t *testing.T) {
	tests := []struct {
		s    escpos.Status
		want [4]byte // replies to DLE EOT 1 to 4
	}{
		{escpos.Status{Online: true}, [4]byte{0x12, 0x12, 0x12, 0x12}},
		{escpos.Status{Online: true, PaperNearEnd: true}, [4]byte{0x12, 0x12, 0x12, 0x1E}},
		{escpos.Status{PaperOut: true, PaperNearEnd: true}, [4]byte{0x1A, 0x32, 0x12, 0x7E}},
		{escpos.Status{CoverOpen: true}, [4]byte{0x1A, 0x16, 0x12, 0x12}},
		{escpos.Status{CutterError: true}, [4]byte{0x1A, 0x52, 0x1A, 0x12}},
	}
	for _, tt := range tests {
		for n := 1; n <= 4; n++ {
			if got := tt.s.Realtime(n); got != tt.want[n-1] {
				t.Errorf("%+v: Realtime(%d) = %#02x, want %#02x", tt.s, n, got, tt.want[n-1])
			}
		}
	}
	if b := (escpos.Status{}).Realtime(5); b != 0 {
		t.Errorf("Realtime(5) = %#02x", b)
	}
}

func TestRealtimeErrors(t *testing.T) {
	var s escpos.Status
	for _, tt := range []struct {
		n int
		b byte
	}{{0, 0x12}, {5, 0x12}, {1, 0x10}, {1, 0x11}, {1, 0x13}, {1, 0x92}, {4, 0x02}} {
		if err := s.SetRealtime(tt.n, tt.b); err == nil {
			t.Errorf("SetRealtime(%d, %#02x) accepted", tt.n, tt.b)
		}
	}
}

func TestASB(t *testing.T) {
	tests := []struct {
		m    [4]byte
		want escpos.Status
	}{
		{[4]byte{0x10, 0, 0, 0}, escpos.Status{Online: true}},
		{[4]byte{0x18, 0, 0x0F, 0}, escpos.Status{PaperOut: true, PaperNearEnd: true}},
		{[4]byte{0x10, 0, 0x03, 0}, escpos.Status{Online: true, PaperNearEnd: true}},
		{[4]byte{0x38, 0, 0, 0}, escpos.Status{CoverOpen: true}},
		{[4]byte{0x18, 0x08, 0, 0}, escpos.Status{CutterError: true, Error: true}},
		{[4]byte{0x18, 0x40, 0, 0}, escpos.Status{Recoverable: true, Error: true}},
		{[4]byte{0x50, 0x02, 0, 0}, escpos.Status{Online: true, Feeding: true}},
		{[4]byte{0x18, 0x01, 0, 0}, escpos.Status{WaitingOnline: true}},
	}
	for _, tt := range tests {
		s, err := escpos.ParseASB(tt.m)
		if err != nil || s != tt.want {
			t.Errorf("ParseASB(% X) = %+v, %v; want %+v", tt.m[:], s, err, tt.want)
		}
		if again, _ := escpos.ParseASB(s.ASB()); again != s {
			t.Errorf("ParseASB(%+v.ASB()) = %+v", s, again)
		}
	}
	for _, m := range [][4]byte{{0x12, 0, 0, 0}, {0x00, 0, 0, 0}, {0x90, 0, 0, 0}, {0x10, 0x10, 0, 0}, {0x10, 0, 0x80, 0}, {0x10, 0, 0, 0x10}} {
		if _, err := escpos.ParseASB(m); err == nil {
			t.Errorf("ParseASB(% X) accepted", m[:])
		}
	}
}

func TestStatusWords(t *testing.T) {
	tests := []struct {
		s    escpos.Status
		want string
	}{
		{escpos.Status{Online: true}, "ready"},
		{escpos.Status{Online: true, PaperNearEnd: true}, "paper near end"},
		{escpos.Status{PaperOut: true, PaperNearEnd: true}, "offline, paper out"},
		{escpos.Status{CoverOpen: true, PaperNearEnd: true}, "offline, cover open, paper near end"},
		{escpos.Status{Error: true}, "offline, error"},
		{escpos.Status{Mechanical: true, Error: true}, "offline, mechanical error"},
		{escpos.Status{Unrecoverable: true, Error: true}, "offline, unrecoverable error"},
		{escpos.Status{Feeding: true, WaitingOnline: true}, "offline, feeding paper, waiting to come online"},
	}
	for _, tt := range tests {
		if got := tt.s.String(); got != tt.want {
			t.Errorf("%+v: String() = %q, want %q", tt.s, got, tt.want)
		}
	}
	if err := (escpos.Status{Online: true, PaperNearEnd: true}).Err(); err != nil {
		t.Errorf("paper near end: Err() = %v", err)
	}
	if err := (escpos.Status{Online: true, PaperOut: true}).Err(); !errors.Is(err, escpos.ErrPaperOut) {
		t.Errorf("online yet out of paper: Err() = %v", err)
	}
}

// TestReplyParser reads a stream with every kind of reply in it.
func TestReplyParser(t *testing.T) {
	stream := []byte{
		0x12,                         // a DLE EOT reply
		0x11,                         // XON
		0x38, 0x00, 0x13, 0x0F, 0x00, // ASB with XOFF inside
		0x13,             // XOFF
		0x7E,             // DLE EOT 4: paper out
		0x10, 0x00, 0x1E, // ASB broken off by a DLE EOT reply
		0xFF, // other
		0x18, // an ASB begun
	}
	want := []escpos.Reply{
		{Kind: escpos.ReplyRealtime, Byte: 0x12},
		{Kind: escpos.ReplyXON, Byte: 0x11},
		{Kind: escpos.ReplyXOFF, Byte: 0x13},
		{Kind: escpos.ReplyASB, ASB: [4]byte{0x38, 0x00, 0x0F, 0x00}},
		{Kind: escpos.ReplyXOFF, Byte: 0x13},
		{Kind: escpos.ReplyRealtime, Byte: 0x7E},
		{Kind: escpos.ReplyRealtime, Byte: 0x1E},
		{Kind: escpos.ReplyOther, Byte: 0xFF},
	}
	var p escpos.ReplyParser
	var got []escpos.Reply
	for _, c := range stream {
		if r, ok := p.Feed(c); ok {
			got = append(got, r)
		}
	}
	if len(got) != len(want) {
		t.Fatalf("got %d replies %+v, want %d", len(got), got, len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("reply %d: %+v (%v), want %+v", i, got[i], got[i].Kind, want[i])
		}
	}
	if p.Dropped() != 1 || !p.Pending() {
		t.Errorf("Dropped() = %d, Pending() = %v; want 1, true", p.Dropped(), p.Pending())
	}
}

// FuzzStatus feeds any bytes to the reply parser and checks that every
// byte is accounted for exactly once, that each reply has its kind's
// fixed bits, and that decoding a reply and encoding it again changes
// nothing.
func FuzzStatus(f *testing.F) {
	f.Add([]byte{0x12, 0x1E, 0x7E, 0x11, 0x13})
	f.Add([]byte{0x38, 0x00, 0x13, 0x0F, 0x00, 0x12})
	f.Add([]byte{0x10, 0x00, 0x1E, 0xFF, 0x18, 0x40})
	f.Fuzz(func(t *testing.T, b []byte) {
		var p escpos.ReplyParser
		counted := 0
		for _, c := range b {
			r, ok := p.Feed(c)
			if !ok {
				continue
			}
			switch r.Kind {
			case escpos.ReplyRealtime:
				counted++
				checkRealtime(t, r.Byte)
			case escpos.ReplyASB:
				counted += 4
				checkASB(t, r.ASB)
			case escpos.ReplyXON, escpos.ReplyXOFF:
				counted++
				if r.Byte != escpos.XON && r.Byte != escpos.XOFF {
					t.Fatalf("%v of %#02x", r.Kind, r.Byte)
				}
			case escpos.ReplyOther:
				counted++
				if escpos.IsRealtimeReply(r.Byte) || escpos.IsASBStart(r.Byte) {
					t.Fatalf("%#02x read as other", r.Byte)
				}
			default:
				t.Fatalf("reply of kind %v", r.Kind)
			}
		}
		// Broken ASB messages drop 1 to 3 bytes each, and one may be pending.
		lost := len(b) - counted
		if lost < p.Dropped() || lost > 3*(p.Dropped()+1) || lost > 3*p.Dropped() && !p.Pending() {
			t.Fatalf("%d bytes unaccounted for, %d messages dropped, pending %v", lost, p.Dropped(), p.Pending())
		}
	})
}

func checkRealtime(t *testing.T, b byte) {
	t.Helper()
	if b&0x93 != 0x12 {
		t.Fatalf("real-time reply %08b lacks the fixed bits", b)
	}
	for n := 1; n <= 4; n++ {
		var s, again escpos.Status
		if err := s.SetRealtime(n, b); err != nil {
			t.Fatal(err)
		}
		if err := again.SetRealtime(n, s.Realtime(n)); err != nil || again != s {
			t.Fatalf("DLE EOT %d reply %#02x: %+v, encoded again %#02x: %+v", n, b, s, s.Realtime(n), again)
		}
	}
}

func checkASB(t *testing.T, m [4]byte) {
	t.Helper()
	s, err := escpos.ParseASB(m)
	if err != nil {
		t.Fatal(err)
	}
	if again, err := escpos.ParseASB(s.ASB()); err != nil || again != s {
		t.Fatalf("ASB % X: %+v, encoded again % X: %+v", m[:], s, s.ASB(), again)
	}
	if (s.Err() == nil) != s.Ready() || s.Err() != nil && !errors.Is(s.Err(), escpos.ErrOffline) {
		t.Fatalf("%+v: Err() = %v", s, s.Err())
	}
}
