package e2e

import (
	"bufio"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"os"
	"path/filepath"
	"runtime/debug"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"vuoro/display/board"
	"vuoro/hub/demo"
	"vuoro/hub/queue"
	"vuoro/hub/server"
	"vuoro/hub/store"
	"vuoro/shared/wire"
)

// The benchmarks of issue 10 start from the loaded hub (loadgen_test.go) and
// report each figure beside a floor measured in the same run: a bbolt sync
// of one small put, bbolt's own db.Batch, an MQTT publish→subscribe through
// the hub's broker, the process before the hub started.

func startLoaded(b *testing.B, dir string) *server.Hub {
	b.Helper()
	h, err := server.Start(server.Options{DataDir: dir, HTTPAddr: "127.0.0.1:0", MQTTAddr: "127.0.0.1:0", Logger: quiet})
	if err != nil {
		b.Fatal(err)
	}
	return h
}

// BenchmarkHubStartLoaded measures a start on a year's log until the hub
// serves (ready-ms), and the hub's memory then (rss-MB, anon-rss-MB, beside
// floor-rss-MB, the process before the start).
func BenchmarkHubStartLoaded(b *testing.B) {
	src := loadedData(b)
	floor := fsyncFloor(b)
	var ready []time.Duration
	var rss, anon, base float64
	for b.Loop() {
		b.StopTimer()
		dir := b.TempDir()
		if err := copyFile(filepath.Join(src, "hub.db"), filepath.Join(dir, "hub.db")); err != nil {
			b.Fatal(err)
		}
		debug.FreeOSMemory()
		base, _ = rssMB()
		b.StartTimer()
		t0 := time.Now()
		h := startLoaded(b, dir)
		ready = append(ready, time.Since(t0))
		b.StopTimer()
		debug.FreeOSMemory()
		rss, anon = rssMB()
		h.Close()
		b.StartTimer()
	}
	reportRatio(b, ms(quantile(ready, 0.5)), "ready-ms", ms(floor), "floor-fsync-ms")
	b.ReportMetric(rss, "rss-MB")
	b.ReportMetric(anon, "anon-rss-MB")
	b.ReportMetric(base, "floor-rss-MB")
}

// BenchmarkCallToDisplayLoaded measures a clerk's Call over HTTP until the
// queue display's view-model shows it, on a year's log, with 50 consoles
// streaming the live queue view.
func BenchmarkCallToDisplayLoaded(b *testing.B) {
	h := startLoaded(b, loadedData(b))
	defer h.Close()
	streamConsoles(b, h, 50)
	d := newDisplays(b, h)
	clerk := newConsole(b, h, "vero")
	floor := mqttFloor(b, h)
	const calls = 200
	var lat []time.Duration
	defer profile(b, "VUORO_CALL_CPUPROFILE")()
	for b.Loop() {
		for range calls {
			if _, err := h.Engine().Issue("kiosk:bench", queue.IssueRequest{Service: "vero-veroasiat", Device: "bench"}); err != nil {
				b.Fatal(err)
			}
			start := time.Now()
			v := clerk.call(b, "vero-veroasiat", "6")
			d.waitFor(b, v.CallID, func(q board.QueueState, _ board.CounterState) bool { return q.Latest.CallID == v.CallID })
			lat = append(lat, time.Since(start))
			clerk.end(b, v.ID)
		}
	}
	reportRatio(b, ms(quantile(lat, 0.5)), "p50-ms", ms(floor), "floor-mqtt-ms")
	b.ReportMetric(ms(quantile(lat, 0.99)), "p99-ms")
	b.ReportMetric(ms(quantile(lat, 0.99))/ms(floor), "p99-x-floor")
}

// BenchmarkDurableOps measures durable queue operations (check-ins and
// deletions, each on disk before it is answered) with 64 concurrent
// callers, beside bbolt's db.Batch of small puts with as many callers.
func BenchmarkDurableOps(b *testing.B) {
	h := startHub(b, b.TempDir(), "")
	defer h.Close()
	floor := batchFloor(b, 64, 40)
	const callers, each = 64, 40
	var took time.Duration
	var svs []string
	h.Engine().Read(func(s *queue.State) {
		for _, sv := range s.Services {
			svs = append(svs, sv.ID)
		}
	})
	for b.Loop() {
		t0 := time.Now()
		var wg sync.WaitGroup
		for c := range callers {
			wg.Go(func() { durableCycles(b, h.Engine(), c, svs[c%len(svs)], each/2) })
		}
		wg.Wait()
		took += time.Since(t0)
	}
	reportRatio(b, float64(callers*each*b.N)/took.Seconds(), "ops/s", floor, "floor-batch-ops/s")
}

// durableCycles checks a citizen in to a queue and an advisor deletes the
// registration, n times: two durable operations each, and queues that stay
// as short as a real site's.
func durableCycles(b *testing.B, e *queue.Engine, caller int, service string, n int) {
	for range n {
		is, err := e.Issue(fmt.Sprintf("kiosk:k%d", caller), queue.IssueRequest{Service: service})
		if err == nil {
			_, err = e.Delete("clerk:neuvoja", is.Ticket.ID, "bench")
		}
		if err != nil {
			b.Error(err)
			return
		}
	}
}

// BenchmarkEventLogPageLoaded measures filtered pages of the event log
// over the JSON API on a year's log, each page and the page after it, for
// a site admin and for an agency admin (whose pages the agency scope
// narrows).
func BenchmarkEventLogPageLoaded(b *testing.B) {
	h := startLoaded(b, loadedData(b))
	defer h.Close()
	floor := fsyncFloor(b)
	site, admin := newConsole(b, h, "paakayttaja"), newConsole(b, h, "admin")
	who := map[*console]string{site: "site admin", admin: "vero admin"}
	day := func(n int) string { return weekday(n).Format("2006-01-02T15:04") }
	filters := []url.Values{
		{"from": {day(0)}, "kind": {"visit.ended"}, "actor": {"c-kela"}},
		{"from": {day(200)}, "ticket": {"R7"}},
		{"from": {day(120)}, "to": {day(121)}, "kind": {"ticket.called"}},
		{"from": {day(10)}, "actor": {"kiosk-2"}},
		{"from": {day(0)}, "kind": {"ticket.noshow"}, "ticket": {"K30"}},
		{"from": {day(249)}},
	}
	var took []time.Duration
	for b.Loop() {
		for _, c := range []*console{site, admin} {
			for _, f := range filters {
				for page := 0; page < 2; page++ {
					t0 := time.Now()
					next := c.events(b, f)
					took = append(took, time.Since(t0))
					if d := time.Since(t0); d > 20*time.Millisecond {
						b.Logf("%s, %s: %s", who[c], f.Encode(), d.Round(time.Millisecond))
					}
					if next == 0 {
						break
					}
					f = cloneWith(f, "after", strconv.FormatUint(next, 10))
				}
			}
		}
	}
	reportRatio(b, ms(quantile(took, 0.5)), "page-ms", ms(floor), "floor-fsync-ms")
	b.ReportMetric(ms(quantile(took, 1)), "max-page-ms")
}

func cloneWith(v url.Values, k, val string) url.Values {
	out := url.Values{}
	for kk, vv := range v {
		out[kk] = vv
	}
	out.Set(k, val)
	return out
}

// events reads a page of the event log and returns its next cursor.
func (c *console) events(b *testing.B, q url.Values) uint64 {
	b.Helper()
	req, _ := http.NewRequest("GET", c.base+"/api/v1/events?"+q.Encode(), nil)
	req.Header.Set("Authorization", "Bearer "+c.token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		b.Fatal(err)
	}
	defer resp.Body.Close()
	var out struct {
		Events []struct{ Seq uint64 }
		Next   uint64
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil || resp.StatusCode != 200 {
		b.Fatalf("events %s: %s %v", q.Encode(), resp.Status, err)
	}
	return out.Next
}

// streamConsoles opens n browsers' live streams of the console's queue view,
// read and discarded as a browser would render them.
func streamConsoles(b *testing.B, h *server.Hub, n int) {
	b.Helper()
	base := "http://" + h.HTTPAddr()
	for i := range n {
		jar, _ := cookiejar.New(nil)
		c := &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
		resp, err := c.PostForm(base+"/login", url.Values{"login": {"vero"}, "password": {demo.Password}})
		if err != nil || resp.StatusCode != http.StatusSeeOther {
			b.Fatalf("console %d: login: %v %v", i, err, resp)
		}
		resp.Body.Close()
		resp, err = c.Get(base + "/console/events?page=/console&service=vero-veroasiat")
		if err != nil || resp.StatusCode != 200 {
			b.Fatalf("console %d: stream: %v %v", i, err, resp)
		}
		b.Cleanup(func() { resp.Body.Close() })
		go func() {
			sc := bufio.NewScanner(resp.Body)
			sc.Buffer(nil, 4<<20)
			for sc.Scan() {
			}
		}()
	}
}

// profile writes a CPU profile of the rest of the benchmark to the file
// the environment variable env names, if it names one: unlike -cpuprofile,
// without the start and the set-up. Call the function it returns to stop.
func profile(b *testing.B, env string) func() {
	path := os.Getenv(env)
	if path == "" {
		return func() {}
	}
	f, err := os.Create(path)
	if err == nil {
		err = pprof.StartCPUProfile(f)
	}
	if err != nil {
		b.Fatal(err)
	}
	return func() { pprof.StopCPUProfile(); f.Close() }
}

// fsyncFloor is the median time of a bbolt transaction of one small put,
// synced to disk, on the same disk as the hub's files.
func fsyncFloor(b *testing.B) time.Duration {
	b.Helper()
	st, err := store.Open(filepath.Join(b.TempDir(), "floor.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	var d []time.Duration
	for i := range 50 {
		t0 := time.Now()
		if err := st.SetCredential(fmt.Sprint(i), []byte("x")); err != nil {
			b.Fatal(err)
		}
		d = append(d, time.Since(t0))
	}
	return quantile(d, 0.5)
}

// batchFloor is the rate of bbolt's db.Batch with callers goroutines, each
// putting each small values.
func batchFloor(b *testing.B, callers, each int) float64 {
	b.Helper()
	db, err := bolt.Open(filepath.Join(b.TempDir(), "batch.db"), 0o600, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	db.Update(func(tx *bolt.Tx) error { _, err := tx.CreateBucket([]byte("b")); return err })
	t0 := time.Now()
	var wg sync.WaitGroup
	for c := range callers {
		wg.Go(func() {
			for i := range each {
				db.Batch(func(tx *bolt.Tx) error { return tx.Bucket([]byte("b")).Put([]byte(fmt.Sprint(c, "-", i)), []byte("x")) })
			}
		})
	}
	wg.Wait()
	return float64(callers*each) / time.Since(t0).Seconds()
}

// mqttFloor is the median time of an MQTT publish until a subscriber of
// the same broker has it: an enrolled kiosk's status, as the hub hears it.
func mqttFloor(b *testing.B, h *server.Hub) time.Duration {
	b.Helper()
	l := link(b, h, "bench-floor", "kiosk")
	for deadline := time.Now().Add(10 * time.Second); !l.Connected(); time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			b.Fatal("the floor's kiosk never connected")
		}
	}
	topic := wire.Topic{Kind: wire.KindDevice, Site: l.Site(), ID: l.Device()}
	got := make(chan struct{}, 1)
	if err := h.Bus().Subscribe(topic.String(), func(string, []byte) {
		select {
		case got <- struct{}{}:
		default:
		}
	}); err != nil {
		b.Fatal(err)
	}
	var d []time.Duration
	for range 50 {
		t0 := time.Now()
		st := &wire.DeviceStatus{Header: wire.NewHeader(t0), Device: l.Device(), Kind: "kiosk", Online: true}
		if err := l.Publish(topic.String(), st, false); err != nil {
			b.Fatal(err)
		}
		select {
		case <-got:
		case <-time.After(10 * time.Second):
			b.Fatal("the floor message never came back")
		}
		d = append(d, time.Since(t0))
	}
	return quantile(d, 0.5)
}

// rssMB returns the process's resident memory and its anonymous part in MB.
func rssMB() (rss, anon float64) {
	f, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, 0
	}
	for _, line := range strings.Split(string(f), "\n") {
		k, v, _ := strings.Cut(line, ":")
		kb, _ := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 64)
		switch k {
		case "VmRSS":
			rss = kb / 1024
		case "RssAnon":
			anon = kb / 1024
		}
	}
	return rss, anon
}

func quantile(d []time.Duration, q float64) time.Duration {
	s := append([]time.Duration(nil), d...)
	slices.Sort(s)
	return s[min(len(s)-1, int(q*float64(len(s))))]
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// reportRatio reports a figure, its floor and how many floors it is.
func reportRatio(b *testing.B, v float64, unit string, floor float64, floorUnit string) {
	b.ReportMetric(v, unit)
	b.ReportMetric(floor, floorUnit)
	if floor > 0 {
		b.ReportMetric(v/floor, "x-floor")
	}
}
