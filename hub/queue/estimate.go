package queue

import (
	"math"
	"slices"
	"time"
)

// Estimate is a visit's estimated wait until it is called, in whole
// minutes: Low is the median (P50), High the 90th percentile (P90). It is
// decided with the ticket and kept in its event, so how well the engine
// estimates can be reported later (against Ticket.Called).
type Estimate struct {
	Low  int `json:"low"`
	High int `json:"high"`
	// What it was made from: the visits ahead, the clerks serving the
	// queue then, and how many recent service times.
	Ahead   int `json:"ahead"`
	Clerks  int `json:"clerks"`
	Samples int `json:"samples"`
}

// Known reports whether e is an estimate given: one made from no service
// times is the zero Estimate, "not known".
func (e Estimate) Known() bool { return e.Samples > 0 }

// The estimate's model.
const (
	estimateDays       = 14               // days of ended visits it learns from, today included
	estimateSamples    = 200              // the newest service times it uses
	estimateMinSamples = 5                // fewer: the wait is not known
	clerkRecent        = 30 * time.Minute // a clerk who ended a visit this recently still serves the queue
	z90                = 1.2816           // the normal distribution's 90th percentile
)

// EstimateWait estimates the wait of a visit with ahead visits before it
// in service at now: from the service's recent service times (the newest
// ended visits of the last 14 days), the visits ahead, and the clerks
// serving the queue now (attending to one of its visits, or having ended
// one in the last 30 minutes). It returns false when the wait is not
// known: fewer than 5 service times, or no clerk serving the queue.
//
// The visit is called once k visits have been served, k = ahead minus the
// free clerks plus one (none if a clerk is free for it); c clerks serve in
// parallel, so the wait is the sum of k service times over c. Its median
// and 90th percentile are the samples' for k = 1 and the normal
// approximation beyond. A visit in service counts as a whole service
// time, so the estimate leans long.
func (s *State) EstimateWait(service string, ahead int, now time.Time) (Estimate, bool) {
	times, clerks := s.serviceTimes(service, now)
	busy := 0
	for clerk, id := range s.active {
		if t := s.tickets[id]; t != nil && t.Service == service {
			clerks[clerk], busy = true, busy+1
		}
	}
	est := Estimate{Ahead: ahead, Clerks: len(clerks), Samples: len(times)}
	if len(times) < estimateMinSamples || len(clerks) == 0 {
		return est, false
	}
	k := ahead - (len(clerks) - busy) + 1
	if k <= 0 {
		return est, true
	}
	p50, p90 := sumQuantiles(times, k)
	c := float64(len(clerks))
	est.Low = int(math.Round(p50 / c / 60))
	est.High = max(est.Low, int(math.Ceil(p90/c/60)))
	return est, true
}

// sumQuantiles returns the median and the 90th percentile, in seconds, of
// the sum of k service times drawn from times.
func sumQuantiles(times []float64, k int) (p50, p90 float64) {
	if k == 1 {
		slices.Sort(times)
		return quantile(times, 0.5), quantile(times, 0.9)
	}
	var sum, sq float64
	for _, t := range times {
		sum += t
	}
	mean := sum / float64(len(times))
	for _, t := range times {
		sq += (t - mean) * (t - mean)
	}
	sd := math.Sqrt(sq / float64(len(times)-1))
	n := float64(k)
	return n * mean, n*mean + z90*math.Sqrt(n)*sd
}

// quantile is the q-quantile of sorted, interpolated between samples.
func quantile(sorted []float64, q float64) float64 {
	pos := q * float64(len(sorted)-1)
	i := int(pos)
	if i+1 >= len(sorted) {
		return sorted[len(sorted)-1]
	}
	return sorted[i] + (pos-float64(i))*(sorted[i+1]-sorted[i])
}

// serviceTimes returns the service times, in seconds, of the service's
// newest ended visits of the last estimateDays days, and the clerks who
// ended one of them within clerkRecent of now.
func (s *State) serviceTimes(service string, now time.Time) ([]float64, map[string]bool) {
	var times []float64
	clerks := map[string]bool{}
	for d := 0; d < estimateDays && len(times) < estimateSamples; d++ {
		ids := s.byDay[s.day(now.AddDate(0, 0, -d))]
		for i := len(ids) - 1; i >= 0 && len(times) < estimateSamples; i-- {
			t := s.tickets[ids[i]]
			if t == nil || t.Status != Ended || t.Service != service {
				continue
			}
			if begin := cmpTime(t.Started, t.Called); !begin.IsZero() && t.Ended.After(begin) {
				times = append(times, t.Ended.Sub(begin).Seconds())
			}
			if now.Sub(t.Ended) <= clerkRecent && t.Clerk != "" {
				clerks[t.Clerk] = true
			}
		}
	}
	return times, clerks
}

// cmpTime returns a if it is set, else b.
func cmpTime(a, b time.Time) time.Time {
	if a.IsZero() {
		return b
	}
	return a
}
