//go:build linux

package barcode

import (
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"golang.org/x/sys/unix"
)

// eviocgrab is EVIOCGRAB, _IOW('E', 0x90, int): with a non-zero argument
// the caller alone gets the device's events until it lets go or closes it.
const eviocgrab = 0x40044590

// OpenEvdev opens the input device at path (such as
// /dev/input/by-id/usb-…-event-kbd) and grabs it, so that the reader's key
// presses reach only this Reader and never the kiosk's screen. The Closer
// closes the device, which lets the grab go and makes a pending Next
// return.
func OpenEvdev(path string, o Options) (*Reader, io.Closer, error) {
	f, err := os.OpenFile(path, os.O_RDONLY, 0)
	if err != nil {
		return nil, nil, fmt.Errorf("barcode: %w", err)
	}
	if err := grab(f); err != nil {
		f.Close()
		return nil, nil, fmt.Errorf("barcode: grab %s: %w", path, err)
	}
	return NewEvdev(pollReader{f}, o), f, nil
}

// grab takes the device for this process alone (EVIOCGRAB).
func grab(f *os.File) error {
	rc, err := f.SyscallConn()
	if err != nil {
		return err
	}
	var ioctlErr error
	err = rc.Control(func(fd uintptr) {
		ioctlErr = unix.IoctlSetInt(int(fd), eviocgrab, 1)
	})
	return errors.Join(err, ioctlErr)
}

// pollReader returns from Read at least every readTimeout, with (0, nil)
// when nothing came, so that Next can look at its ctx. A file that takes
// no deadline is read as it is.
type pollReader struct{ f *os.File }

func (p pollReader) Read(b []byte) (int, error) {
	if err := p.f.SetReadDeadline(time.Now().Add(readTimeout)); err != nil {
		return p.f.Read(b)
	}
	n, err := p.f.Read(b)
	if errors.Is(err, os.ErrDeadlineExceeded) {
		return n, nil
	}
	return n, err
}
