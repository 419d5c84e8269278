//go:build linux

package escpostest

import (
	"fmt"
	"os"
	"sync"

	"github.com/creack/pty"
	"golang.org/x/sys/unix"
)

// PTY is a virtual printer on a pseudo-terminal: the host opens Path as a
// serial port, as it opens /dev/ttyUSB0, and the printer serves the other
// side.
type PTY struct {
	master, tty *os.File
	wg          sync.WaitGroup
	once        sync.Once
}

// ServePTY puts v on a new pseudo-terminal, in raw mode, and serves it
// until Close.
func (v *Virtual) ServePTY() (*PTY, error) {
	ptmx, tty, err := pty.Open()
	if err != nil {
		return nil, fmt.Errorf("escpostest: pseudo-terminal: %w", err)
	}
	master, err := pollable(ptmx)
	if err == nil {
		err = makeRaw(tty)
	}
	if err != nil {
		ptmx.Close()
		tty.Close()
		return nil, fmt.Errorf("escpostest: pseudo-terminal: %w", err)
	}
	p := &PTY{master: master, tty: tty}
	p.wg.Go(func() { v.Serve(master) })
	return p, nil
}

// Path is the device the host opens, such as /dev/pts/3.
func (p *PTY) Path() string { return p.tty.Name() }

// Close hangs up: it closes the printer's side, so that the host's reads
// and writes fail as on a printer unplugged, and waits for Serve to end.
func (p *PTY) Close() error {
	var err error
	p.once.Do(func() {
		err = p.master.Close()
		p.wg.Wait()
		p.tty.Close() // kept open until now, so that the printer's side never reads EIO while no host has the port open
	})
	return err
}

// pollable returns f anew, in non-blocking mode, so that Go's poller
// waits for it and Close ends a Read in progress: pty.Open has taken f's
// descriptor, which makes it blocking. f is closed.
func pollable(f *os.File) (*os.File, error) {
	fd, err := unix.Dup(int(f.Fd()))
	f.Close()
	if err != nil {
		return nil, err
	}
	if err := unix.SetNonblock(fd, true); err != nil {
		unix.Close(fd)
		return nil, err
	}
	return os.NewFile(uintptr(fd), f.Name()), nil
}

// makeRaw is cfmakeraw(3): no echo, no line editing, no translation, so
// that bytes pass as they are.
func makeRaw(f *os.File) error {
	tio, err := unix.IoctlGetTermios(int(f.Fd()), unix.TCGETS)
	if err != nil {
		return err
	}
	tio.Iflag &^= unix.IGNBRK | unix.BRKINT | unix.PARMRK | unix.ISTRIP | unix.INLCR | unix.IGNCR | unix.ICRNL | unix.IXON
	tio.Oflag &^= unix.OPOST
	tio.Lflag &^= unix.ECHO | unix.ECHONL | unix.ICANON | unix.ISIG | unix.IEXTEN
	tio.Cflag &^= unix.CSIZE | unix.PARENB
	tio.Cflag |= unix.CS8
	return unix.IoctlSetTermios(int(f.Fd()), unix.TCSETS, tio)
}
