package barcode

import "time"

// Defaults for the zero fields of Options.
const (
	DefaultRepeatWindow = 1500 * time.Millisecond
	DefaultMaxLen       = 512
)

// Options tune a Reader. The zero value means the defaults.
type Options struct {
	// RepeatWindow drops a code read again within this time of its last
	// reading, as a reader in continuous mode sends while a card lies on
	// it. Zero means DefaultRepeatWindow; a negative value keeps repeats.
	RepeatWindow time.Duration

	// MaxLen is the longest code in bytes. Zero means DefaultMaxLen.
	MaxLen int

	// Now stamps each Scan. Nil means time.Now.
	Now func() time.Time
}

func (o Options) withDefaults() Options {
	if o.RepeatWindow == 0 {
		o.RepeatWindow = DefaultRepeatWindow
	}
	if o.MaxLen <= 0 {
		o.MaxLen = DefaultMaxLen
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	return o
}
