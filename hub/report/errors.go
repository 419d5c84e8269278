package report

import "errors"

// ErrBadPeriod is returned for a period that is not a day, week, month or
// from..to of valid dates, or longer than MaxDays.
var ErrBadPeriod = errors.New("the period must be valid dates, from before to, at most 3 years")

// MaxDays is the longest period a report covers.
const MaxDays = 3 * 366
