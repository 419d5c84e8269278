//go:build linux

package jack

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"unsafe"

	"golang.org/x/sys/unix"
)

// eviocgsw is EVIOCGSW(8), _IOC(_IOC_READ, 'E', 0x1b, 8): the device's
// switch states, a bitmap of C longs, into an 8-byte buffer.
const eviocgsw = 2<<30 | 8<<16 | 'E'<<8 | 0x1b

// Open opens the jack's input device at path (/dev/input/eventN) and asks
// it whether a headset is plugged in now. The Closer closes the device,
// which makes a pending Next return.
func Open(path string) (*Watcher, io.Closer, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, fmt.Errorf("jack: %w", err)
	}
	query := func() (uint64, error) { return switches(f) }
	on, err := query()
	if err != nil {
		f.Close()
		return nil, nil, fmt.Errorf("jack: %s: %w", path, err)
	}
	return newWatcher(f, on, query), f, nil
}

// switches asks the device for its switches (EVIOCGSW). The kernel fills
// as many bytes as its bitmap has, in its longs' byte order.
func switches(f *os.File) (uint64, error) {
	rc, err := f.SyscallConn()
	if err != nil {
		return 0, err
	}
	var buf [8]byte
	var n uintptr
	var errno unix.Errno
	err = rc.Control(func(fd uintptr) {
		n, _, errno = unix.Syscall(unix.SYS_IOCTL, fd, eviocgsw, uintptr(unsafe.Pointer(&buf[0])))
	})
	if err = errors.Join(err, errnoErr(errno)); err != nil {
		return 0, fmt.Errorf("EVIOCGSW: %w", err)
	}
	if n == 4 { // a 32-bit kernel's one long
		return uint64(binary.NativeEndian.Uint32(buf[:])), nil
	}
	return binary.NativeEndian.Uint64(buf[:]), nil
}

func errnoErr(e unix.Errno) error {
	if e == 0 {
		return nil
	}
	return e
}
