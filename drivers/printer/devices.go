package printer

import (
	"io"
	"net"
	"os"
	"time"

	"github.com/tarm/serial"
)

// SerialReadTimeout bounds every read of a serial port opened here, so
// that a status request that gets no answer returns, and so does Close:
// tarm/serial's Close waits for a pending Read.
const SerialReadTimeout = 100 * time.Millisecond

// OpenSerial opens the serial port at path at baud bits per second, 8N1,
// with a read timeout. A read that times out returns nothing and no
// error; one on a line that has hung up returns ErrHangUp.
func OpenSerial(path string, baud int) (io.ReadWriteCloser, error) {
	p, err := serial.OpenPort(&serial.Config{Name: path, Baud: baud, ReadTimeout: SerialReadTimeout})
	if err != nil {
		return nil, err
	}
	return serialPort{p}, nil
}

// serialPort tells tarm/serial's read timeout from a hang-up. On Linux a
// read that times out returns (0, io.EOF), as a hung-up line does; a time
// out takes the whole timeout, a hung-up line answers at once.
type serialPort struct{ *serial.Port }

func (p serialPort) Read(b []byte) (int, error) {
	start := time.Now()
	n, err := p.Port.Read(b)
	if n == 0 && err == io.EOF {
		if time.Since(start) >= SerialReadTimeout/2 {
			return 0, nil
		}
		return 0, ErrHangUp
	}
	return n, err
}

// OpenUSB opens a USB printer class device, such as /dev/usb/lp0, for
// writing and for reading the printer's status. Its reads and writes
// obey deadlines where the kernel lets Go poll the device; where it does
// not, SetReadDeadline returns os.ErrNoDeadline and escpos prints
// without reading the status.
func OpenUSB(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDWR, 0)
}

// DialTCP connects to a network printer at addr (host:port) within
// timeout. TCP keep-alives find a printer switched off while idle.
func DialTCP(addr string, timeout time.Duration) (net.Conn, error) {
	d := net.Dialer{Timeout: timeout, KeepAlive: 15 * time.Second}
	return d.Dial("tcp", addr)
}
