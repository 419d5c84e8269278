package barcode

import (
	"fmt"
	"io"
	"time"

	"github.com/tarm/serial"
)

// readTimeout bounds every read of a device opened here, so that Next looks
// at its ctx and Close returns: tarm/serial's Close waits for a pending
// Read, and a Read without a timeout waits for the next scan.
const readTimeout = 100 * time.Millisecond

// OpenSerial opens the serial reader at path (such as /dev/ttyACM0 or
// /dev/ttyUSB0) at baud bits per second, 8N1. The Closer closes the device;
// it returns within about 100 ms even while Next is reading.
func OpenSerial(path string, baud int, o Options) (*Reader, io.Closer, error) {
	p, err := serial.OpenPort(&serial.Config{Name: path, Baud: baud, ReadTimeout: readTimeout})
	if err != nil {
		return nil, nil, fmt.Errorf("barcode: open %s: %w", path, err)
	}
	return NewSerial(quietReader{r: p, timeout: readTimeout}, o), p, nil
}

// quietReader tells tarm/serial's read timeout from a hang-up. On Linux a
// read that times out returns (0, io.EOF), as a hung-up line does. A time
// out takes the whole timeout; a hung-up line answers at once. quietReader
// turns the first into (0, nil) and passes the second on.
type quietReader struct {
	r       io.Reader
	timeout time.Duration
}

func (q quietReader) Read(b []byte) (int, error) {
	start := time.Now()
	n, err := q.r.Read(b)
	if n == 0 && err == io.EOF && time.Since(start) >= q.timeout/2 {
		return 0, nil
	}
	return n, err
}
