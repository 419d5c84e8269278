package jack

import (
	"io/fs"
	"os"
	"path"
	"slices"
	"strconv"
	"strings"
)

// evSw is EV_SW's bit in a device's capabilities/ev.
const evSw = 0x05

// Device is an input device that reports a headphone jack.
type Device struct {
	Path string // its device node: /dev/input/event5
	Name string // as the driver names it: "HDA Intel PCH Headphone"
}

// Find returns the headphone jack among the machine's input devices
// (/sys/class/input), or ErrNoJack.
func Find() (Device, error) { return FindIn(os.DirFS("/sys/class/input")) }

// FindIn returns the input device of sys, a tree laid out as
// /sys/class/input, that reports EV_SW with SW_HEADPHONE_INSERT, as
// /dev/input/eventN. Of several, the lowest N; HDMI and DisplayPort
// outputs report only SW_LINEOUT_INSERT and are never picked.
func FindIn(sys fs.FS) (Device, error) {
	entries, err := fs.ReadDir(sys, ".")
	if err != nil {
		return Device{}, ErrNoJack
	}
	var found []Device
	for _, e := range entries {
		if d, ok := jackAt(sys, e.Name()); ok {
			found = append(found, d)
		}
	}
	if len(found) == 0 {
		return Device{}, ErrNoJack
	}
	return slices.MinFunc(found, func(a, b Device) int { return eventNumber(a.Path) - eventNumber(b.Path) }), nil
}

// jackAt reads the capabilities of the device of class entry name
// (event5) and tells whether it is a headphone jack.
func jackAt(sys fs.FS, name string) (Device, bool) {
	if eventNumber(name) < 0 {
		return Device{}, false
	}
	dir := path.Join(name, "device")
	if !hasBit(sys, path.Join(dir, "capabilities/ev"), evSw) ||
		!hasBit(sys, path.Join(dir, "capabilities/sw"), swHeadphoneInsert) {
		return Device{}, false
	}
	label, _ := fs.ReadFile(sys, path.Join(dir, "name"))
	return Device{Path: "/dev/input/" + name, Name: strings.TrimSpace(string(label))}, true
}

// hasBit reads a sysfs bitmap (hexadecimal longs, the most significant
// first: "1 0 14") and tells whether bit n < 32 is set.
func hasBit(sys fs.FS, file string, n uint) bool {
	b, err := fs.ReadFile(sys, file)
	words := strings.Fields(string(b))
	if err != nil || len(words) == 0 {
		return false
	}
	low, err := strconv.ParseUint(words[len(words)-1], 16, 64)
	return err == nil && low&(1<<n) != 0
}

// eventNumber is N of "eventN" or of a path ending in it; -1 for none.
func eventNumber(name string) int {
	digits, ok := strings.CutPrefix(path.Base(name), "event")
	n, err := strconv.Atoi(digits)
	if !ok || err != nil || n < 0 {
		return -1
	}
	return n
}
