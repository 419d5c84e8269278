// Package pintest samples output pins in tests of what drives them: a lamp
// steadily lit, blinking, or out.
package pintest

import (
	"time"

	"periph.io/x/conn/v3/gpio"
)

// Levels samples pin every 2 ms for d and reports which levels it saw.
func Levels(pin gpio.PinIn, d time.Duration) (high, low bool) {
	for end := time.Now().Add(d); time.Now().Before(end); time.Sleep(2 * time.Millisecond) {
		if pin.Read() == gpio.High {
			high = true
		} else {
			low = true
		}
	}
	return high, low
}
