package broker_test

import (
	"crypto/tls"
	"io"
	"net"
	"runtime"
	"testing"
	"time"

	"vuoro/hub/broker"
	"vuoro/hub/tlsca"
)

// A 5-byte CONNECT header claiming 256 MB is refused from its header: the
// connection closes and the broker's memory does not grow by the claim.
func TestAHugePacketIsRefusedWithoutAllocatingIt(t *testing.T) {
	b, _, _ := started(t)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	c, err := net.Dial("tcp", b.Addr())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	// CONNECT, remaining length 268,435,455 (the largest MQTT allows).
	if _, err := c.Write([]byte{0x10, 0xff, 0xff, 0xff, 0x7f}); err != nil {
		t.Fatal(err)
	}
	c.SetReadDeadline(time.Now().Add(5 * time.Second))
	if _, err := io.ReadAll(c); err != nil {
		t.Fatalf("the broker kept the connection open: %v", err)
	}
	runtime.ReadMemStats(&after)
	if grew := after.TotalAlloc - before.TotalAlloc; grew > 16<<20 {
		t.Fatalf("the broker allocated %d MB for a refused header", grew>>20)
	}
}

// A connection that never sends its CONNECT, or over TLS never begins its
// handshake, is closed at the deadline.
func TestASilentConnectionIsClosedAtTheConnectDeadline(t *testing.T) {
	ca, err := tlsca.Open(t.TempDir(), []string{"localhost"}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	for name, cfg := range map[string]*tls.Config{"plain": nil, "tls": ca.ServerConfig()} {
		t.Run(name, func(t *testing.T) {
			b, err := broker.Start(broker.Options{Addr: "127.0.0.1:0", TLS: cfg, Site: site, ConnectTimeout: 200 * time.Millisecond, Logger: quiet})
			if err != nil {
				t.Fatal(err)
			}
			defer b.Close()
			c, err := net.Dial("tcp", b.Addr())
			if err != nil {
				t.Fatal(err)
			}
			defer c.Close()
			start := time.Now()
			c.SetReadDeadline(time.Now().Add(5 * time.Second))
			if _, err := io.ReadAll(c); err != nil {
				t.Fatalf("still open after 5 s: %v", err)
			}
			if d := time.Since(start); d > 2*time.Second {
				t.Fatalf("closed after %v, want about 200 ms", d)
			}
		})
	}
}

// Connections past the cap are closed at once, connected or not.
func TestConnectionsPastTheCapAreClosed(t *testing.T) {
	b, err := broker.Start(broker.Options{Addr: "127.0.0.1:0", Site: site, MaxConnections: 2, Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	var open []net.Conn
	for range 2 {
		c, err := net.Dial("tcp", b.Addr())
		if err != nil {
			t.Fatal(err)
		}
		open = append(open, c)
	}
	c, err := net.Dial("tcp", b.Addr())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	c.SetReadDeadline(time.Now().Add(2 * time.Second))
	if _, err := io.ReadAll(c); err != nil {
		t.Fatalf("a third connection stays open past a cap of 2: %v", err)
	}
	for _, c := range open {
		c.Close()
	}
	// mochi's Close races (under -race) with a connection it is still
	// attaching: let the broker see the two close first.
	time.Sleep(200 * time.Millisecond)
}
