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
// for months: it collects when the garbage reaches a quarter of what lives
// and gives the freed memory back every trimEvery, so its resident memory
// stays near what lives. A display allocates little, so the collections
// cost little (TestResourcesOverADay measures memory and CPU: over a day
// of calls the Go runtime's share grew 32 → 34 MB at 25, 35 → 41 MB at 50).
const (
	gcPercent = 25
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
