package report

import "errors"

// ErrBadPeriod is returned for a period that is not a day, week, month or
// from..to of valid dates, or longer than MaxDays.
var ErrBadPeriod = errors.New("the period must be valid dates, from before to, at most 3 years")

// MaxDays is the longest period a report covers.
const MaxDays = 3 * 366

// ErrNotReady is returned by a report asked for while the aggregates are
// still being folded from the log, at a hub's first start with reports.
var ErrNotReady = errors.New("the reports are being prepared from the event log; try again in a minute")
