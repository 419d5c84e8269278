package broker

import (
	"log/slog"
	"testing"
	"time"
)

// Retained state published two days ago is still there: mochi's default
// would drop it after 24 h, and a quiet room's counter display would then
// come back blank after a reconnect.
func TestRetainedStateNeverExpires(t *testing.T) {
	b, err := Start(Options{Addr: "127.0.0.1:0", Site: "lahti", Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	const topic = "vuoro/v1/lahti/room/6"
	if err := b.Publish(topic, []byte(`{}`), true); err != nil {
		t.Fatal(err)
	}
	pk, ok := b.srv.Topics.Retained.Get(topic)
	if !ok {
		t.Fatal("not retained")
	}
	pk.Created -= int64(48 * time.Hour / time.Second)
	b.srv.Topics.Retained.Add(topic, pk)
	time.Sleep(1500 * time.Millisecond) // mochi sweeps expired retained messages every second
	if _, ok := b.srv.Topics.Retained.Get(topic); !ok {
		t.Fatal("a retained message two days old was expired")
	}
}
