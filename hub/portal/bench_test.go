package portal_test

import (
	"io"
	"net/http"
	"slices"
	"sync"
	"testing"
	"time"
)

// BenchmarkCitizenVoucherPage: 8 logged-in citizens load their voucher
// page concurrently over loopback, b.N requests in all (each page view is
// also an event appended to the bbolt log). Reports requests per second
// and the 99th percentile latency.
func BenchmarkCitizenVoucherPage(b *testing.B) {
	const clients = 8
	h := newHub(b)
	path := "/portal/citizen/vouchers/" + id(h.voucherOf("siivous").ID)
	users := make([]*user, clients)
	for i := range users {
		users[i] = h.citizen(b, "0")
	}
	lat := make([][]time.Duration, clients)
	var next sync.Mutex
	left := b.N
	b.ResetTimer()
	start := time.Now()
	var wg sync.WaitGroup
	for i, u := range users {
		wg.Go(func() {
			for {
				next.Lock()
				if left == 0 {
					next.Unlock()
					return
				}
				left--
				next.Unlock()
				t0 := time.Now()
				resp, err := u.c.Get(h.srv.URL + path)
				if err != nil || resp.StatusCode != http.StatusOK {
					b.Error(err, resp.Status)
					return
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				lat[i] = append(lat[i], time.Since(t0))
			}
		})
	}
	wg.Wait()
	elapsed := time.Since(start)
	all := slices.Concat(lat...)
	slices.Sort(all)
	b.ReportMetric(float64(len(all))/elapsed.Seconds(), "req/s")
	b.ReportMetric(float64(all[len(all)*99/100].Microseconds())/1000, "p99-ms")
}
