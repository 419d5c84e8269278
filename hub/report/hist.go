package report

import (
	"math"
	"slices"
)

// Bucket is the width of a Hist's buckets in seconds. A percentile read
// from a Hist is the middle of its bucket, so it is within Bucket/2 (15 s)
// of the exact nearest-rank percentile; the count, sum, mean and maximum
// are exact.
const Bucket = 30

// Hist is a distribution of durations in whole seconds, kept as counts in
// fixed 30-second buckets (sparse), with the exact count, sum and maximum.
// Durations may be negative (an estimate's error).
type Hist struct {
	N   int           `json:"n"`
	Sum int64         `json:"sum"`
	Max int64         `json:"max"`
	B   map[int64]int `json:"b,omitempty"` // bucket (floor(sec/30)) → count
}

// Add records one duration of sec seconds.
func (h *Hist) Add(sec int64) {
	if h.N == 0 || sec > h.Max {
		h.Max = sec
	}
	h.N++
	h.Sum += sec
	if h.B == nil {
		h.B = map[int64]int{}
	}
	h.B[floorDiv(sec, Bucket)]++
}

// Merge adds o's durations to h.
func (h *Hist) Merge(o Hist) {
	if o.N == 0 {
		return
	}
	if h.N == 0 || o.Max > h.Max {
		h.Max = o.Max
	}
	h.N += o.N
	h.Sum += o.Sum
	if h.B == nil {
		h.B = map[int64]int{}
	}
	for k, n := range o.B {
		h.B[k] += n
	}
}

// Mean is the exact mean in seconds; 0 for none.
func (h Hist) Mean() float64 {
	if h.N == 0 {
		return 0
	}
	return float64(h.Sum) / float64(h.N)
}

// Quantile is the nearest-rank q-quantile (0 < q ≤ 1) in seconds, to
// within Bucket/2; 0 for none.
func (h Hist) Quantile(q float64) int64 {
	if h.N == 0 {
		return 0
	}
	rank := max(1, int(math.Ceil(q*float64(h.N))))
	keys := make([]int64, 0, len(h.B))
	for k := range h.B {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	seen := 0
	for _, k := range keys {
		if seen += h.B[k]; seen >= rank {
			return min(k*Bucket+Bucket/2, h.Max)
		}
	}
	return h.Max
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && a < 0 {
		q--
	}
	return q
}
