package board

import (
	"fmt"
	"time"
)

var weekdays = [...]string{"Sunnuntai", "Maanantai", "Tiistai", "Keskiviikko", "Torstai", "Perjantai", "Lauantai"}

// ClockText formats t, in its own location, as the displays show the time:
// the Finnish weekday, the date and the time, "Tiistai 24.1.2023 09:54".
func ClockText(t time.Time) string {
	return fmt.Sprintf("%s %d.%d.%d %02d:%02d",
		weekdays[t.Weekday()], t.Day(), int(t.Month()), t.Year(), t.Hour(), t.Minute())
}
