// Package report keeps the queue reports: daily aggregates folded from the
// queue engine's events (per site-local day, service and clerk: counts,
// wait and service time histograms, arrivals and queue length per 15
// minutes), and the figures of a period computed from them. An aggregate
// holds no personal data, so it outlives the erasure of the events' personal
// data, and a year's report reads 365 small records, not a year of events.
package report
