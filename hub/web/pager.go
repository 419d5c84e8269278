package web

import "strconv"

// pageRows is how many rows a page of the console's visit table has: a
// queue of a thousand citizens stays quick to show and to read.
const pageRows = 50

// pager is where a page of the visit table is among its rows.
type pager struct {
	from               int
	First, Last, Total int    // rows shown, counted from 1
	Prev, Next         string // the addresses of the pages before and after; "" at an end
}

// More reports whether the table has more than one page.
func (p pager) More() bool { return p.Total > pageRows }

// pageOf places a page at row from (counted from 0) of total rows: a
// whole page, the last one if from is past the end. base is the table's
// address.
func pageOf(from, total int, base string) pager {
	from = min(max(from, 0), max(total-1, 0)) / pageRows * pageRows
	p := pager{from: from, First: from + 1, Last: min(from+pageRows, total), Total: total}
	if from > 0 {
		p.Prev = base + "&from=" + strconv.Itoa(from-pageRows)
	}
	if p.Last < total {
		p.Next = base + "&from=" + strconv.Itoa(p.Last)
	}
	return p
}

// Size is how many rows a page has.
func (p pager) Size() int { return pageRows }
