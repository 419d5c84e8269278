package escpostest

import (
	"errors"
	"io"
	"sync"
)

// Serve prints what the host sends on rw and sends the printer's replies
// back on it, until reading rw fails: the host hangs up, or rw is closed.
// It returns that error, io.EOF if the host closed the line. Bytes the
// printer does not accept are recorded (see Errors) and printing goes on
// after them. Each call of Serve is a line of its own, with its own
// half-sent commands and replies; all print on v.
func (v *Virtual) Serve(rw io.ReadWriter) error {
	s := v.open()
	var wg sync.WaitGroup
	wg.Go(func() { s.reply(rw) })
	defer wg.Wait()
	defer s.close()
	buf := make([]byte, 4096)
	for {
		n, err := rw.Read(buf)
		if n > 0 {
			s.Write(buf[:n]) // an error is in Errors
		}
		if err != nil {
			return err
		}
	}
}

// reply writes the session's replies to w until the session closes.
func (s *session) reply(w io.Writer) {
	buf := make([]byte, 64)
	for {
		n, err := s.Read(buf)
		if errors.Is(err, io.EOF) {
			return
		}
		if _, err := w.Write(buf[:n]); err != nil {
			return // the host is gone: Serve's read sees it too
		}
	}
}
