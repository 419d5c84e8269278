package barcode

import (
	"fmt"
	"time"
)

// Scan is one code read from the reader.
type Scan struct {
	Code string    // the code as sent by the reader, without its end of line
	At   time.Time // when it was read, by Options.Now
}

// Kind tells what the code is; see Classify.
func (s Scan) Kind() Kind { return Classify(s.Code) }

// String describes the scan without its code, so that a scan that ends up
// in a log leaks no personal identity code.
func (s Scan) String() string {
	return fmt.Sprintf("%s scan of %d bytes at %s", s.Kind(), len(s.Code), s.At.Format(time.TimeOnly))
}

// GoString is String, for %#v.
func (s Scan) GoString() string { return "barcode.Scan{" + s.String() + "}" }
