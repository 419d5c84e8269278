package web_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// waitingVisits is how many citizens wait in the benchmark's queue: a
// busy centre's morning.
const waitingVisits = 950

// BenchmarkLiveConsoles measures one Call+End by a clerk over the JSON API
// while 20 or 50 consoles stream the same queue of ~950 waiting visits.
// It reports the Call+End round trip (p50, p99), the time until the last
// console has received its last update for it (fanout), and the bytes
// each console was sent for one Call+End.
func BenchmarkLiveConsoles(b *testing.B) {
	for _, n := range []int{20, 50} {
		b.Run(fmt.Sprintf("consoles=%d", n), func(b *testing.B) { benchLive(b, n) })
	}
}

func benchLive(b *testing.B, consoles int) {
	h := newHub(b)
	issue(b, h.eng, "vero-veroasiat", waitingVisits)
	token := apiLogin(b, h.srv, "vero")
	streams := make([]*benchStream, consoles)
	for i := range streams {
		c, _ := login(b, h.srv, "neuvoja")
		streams[i] = openBenchStream(b, h, c)
	}
	settle(streams)
	var took, fanout []time.Duration
	var sent int64
	for b.Loop() {
		before := total(streams)
		t0 := time.Now()
		var v struct{ ID uint64 }
		benchAPI(b, h, token, "/api/v1/call", `{"service":"vero-veroasiat","room":"6"}`, &v)
		benchAPI(b, h, token, "/api/v1/visits/"+itoa(v.ID)+"/end", `{}`, nil)
		took = append(took, time.Since(t0))
		b.StopTimer()
		last := settle(streams)
		fanout = append(fanout, last.Sub(t0))
		sent += total(streams) - before
		issue(b, h.eng, "vero-veroasiat", 1)
		settle(streams)
		b.StartTimer()
	}
	quantiles(b, took, "callend")
	quantiles(b, fanout, "fanout")
	b.ReportMetric(float64(sent)/float64(len(took)*consoles)/1024, "KB/console")
}

func quantiles(b *testing.B, d []time.Duration, name string) {
	slices.Sort(d)
	for _, q := range []struct {
		p    float64
		unit string
	}{{0.5, "-p50-ms"}, {0.99, "-p99-ms"}} {
		b.ReportMetric(float64(d[min(len(d)-1, int(q.p*float64(len(d))))])/float64(time.Millisecond), name+q.unit)
	}
}

func benchAPI(b *testing.B, h *hub, token, path, body string, out any) {
	req, _ := http.NewRequest("POST", h.srv.URL+path, strings.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		b.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		b.Fatalf("%s: %s", path, resp.Status)
	}
	if out != nil {
		json.NewDecoder(resp.Body).Decode(out)
	}
}

// benchStream is a console's live stream read to its end, counting what
// came and when the last update came.
type benchStream struct {
	bytes  atomic.Int64
	last   atomic.Int64 // mono() of the last whole update
	active atomic.Int64 // mono() of the last bytes read
}

func openBenchStream(b *testing.B, h *hub, c *http.Client) *benchStream {
	resp, err := c.Get(h.srv.URL + "/console/events?page=/console&service=vero-veroasiat&since=" + itoa(h.seq()))
	if err != nil || resp.StatusCode != http.StatusOK {
		b.Fatalf("stream: %v", err)
	}
	b.Cleanup(func() { resp.Body.Close() })
	s := &benchStream{}
	go func() { // lines of a whole page's update run to megabytes: read them in pieces
		r := bufio.NewReader(resp.Body)
		data, start := false, true
		for {
			part, more, err := r.ReadLine()
			if err != nil {
				return
			}
			s.active.Store(mono())
			if start {
				data = strings.HasPrefix(string(part[:min(len(part), 6)]), "data: ")
			}
			if start = !more; data {
				s.bytes.Add(int64(len(part)))
				if start {
					s.last.Store(mono())
				}
			}
		}
	}()
	return s
}

func total(streams []*benchStream) int64 {
	var n int64
	for _, s := range streams {
		n += s.bytes.Load()
	}
	return n
}

// settle waits until no stream has read anything for 3 s (at most
// 60 s) and returns when the last whole update came.
func settle(streams []*benchStream) time.Time {
	begun := time.Now()
	deadline := begun.Add(60 * time.Second)
	for {
		last, active := int64(0), int64(begun.Sub(benchBase))
		for _, s := range streams {
			last, active = max(last, s.last.Load()), max(active, s.active.Load())
		}
		if time.Since(benchBase.Add(time.Duration(active))) > 3*time.Second || time.Now().After(deadline) {
			return benchBase.Add(time.Duration(last))
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// benchBase and mono measure on the monotonic clock: the wall clock of a
// test machine may step.
var benchBase = time.Now()

func mono() int64 { return int64(time.Since(benchBase)) }
