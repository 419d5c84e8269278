// Package ical writes and reads appointments as iCalendar (RFC 5545):
// the calendar feeds of a service point or a clerk, which Outlook and
// Thunderbird subscribe to, and the files an admin imports. It is the
// only importer of github.com/arran4/golang-ical, which folds lines at 75
// octets and ends them with CRLF; times are written in UTC.
package ical
