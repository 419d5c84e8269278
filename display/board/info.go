package board

import "time"

// InfoEvery is how long the information line shows each of its languages
// before the next: one line in large type reads from across the waiting
// room, where three stacked lines would each be too small.
const InfoEvery = 8 * time.Second

// infoOrder is the order the information line's languages take turns in.
var infoOrder = [...]string{"fi", "sv", "en"}

// info returns the information line of the moment: the languages the admin
// wrote it in take turns, each for InfoEvery on the Tick clock.
func (b *QueueBoard) info() string {
	var texts []string
	for _, lang := range infoOrder {
		if t := b.set.Info[lang]; t != "" {
			texts = append(texts, t)
		}
	}
	if len(texts) == 0 {
		return ""
	}
	n := int64(len(texts))
	turn := (b.now.Unix()/int64(InfoEvery/time.Second)%n + n) % n
	return texts[turn]
}
