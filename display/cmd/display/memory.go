package main

import (
	"os"
	"runtime/debug"
	"time"
)

// The display's Go heap. Nearly all of it that lives is its fonts (about
// 22 MB: the regular, bold and fallback faces, parsed once); the rest is
// the garbage of its calls, which Go's defaults let grow to as much again
// before a collection, and keep from the system after it. A display runs
// for months: it collects at half the default growth and gives the freed
// memory back every trimEvery, so its resident memory stays near what
// lives. A display allocates little, so this costs about a millisecond a
// minute (TestResourcesOverADay measures both).
const (
	gcPercent = 50
	trimEvery = time.Minute
)

// leanHeap sets the display's garbage collection (GOGC in the environment
// still wins) and gives freed memory back until stop is called.
func leanHeap() (stop func()) {
	if _, set := os.LookupEnv("GOGC"); !set {
		debug.SetGCPercent(gcPercent)
	}
	return every(trimEvery, func(time.Time) { debug.FreeOSMemory() })
}
