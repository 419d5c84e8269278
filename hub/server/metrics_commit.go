package server

import (
	"github.com/prometheus/client_golang/prometheus"

	"vuoro/hub/event"
)

// commitMetrics are the event journals' group commits, observed as each
// is written: how long the write and its sync to disk took, and how many
// events it held, by journal ("queue" in hub.db, "voucher" in portal.db).
type commitMetrics struct {
	seconds *prometheus.HistogramVec
	events  *prometheus.HistogramVec
}

func newCommitMetrics() *commitMetrics {
	return &commitMetrics{
		seconds: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "vuoro_journal_commit_seconds",
			Help:    "Time to write one group of events to the data file, in one transaction with its sync to disk, by journal.",
			Buckets: []float64{.0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5}}, []string{"journal"}),
		events: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "vuoro_journal_commit_events",
			Help:    "Events written together in one group commit, by journal.",
			Buckets: prometheus.ExponentialBuckets(1, 2, 8)}, []string{"journal"}),
	}
}

// observe is an engine's OnCommit for the journal named.
func (c *commitMetrics) observe(journal string) func(event.Commit) {
	seconds, events := c.seconds.WithLabelValues(journal), c.events.WithLabelValues(journal)
	return func(e event.Commit) {
		seconds.Observe(e.Took.Seconds())
		events.Observe(float64(e.Events))
	}
}

func (c *commitMetrics) Describe(ch chan<- *prometheus.Desc) {
	c.seconds.Describe(ch)
	c.events.Describe(ch)
}

func (c *commitMetrics) Collect(ch chan<- prometheus.Metric) {
	c.seconds.Collect(ch)
	c.events.Collect(ch)
}
