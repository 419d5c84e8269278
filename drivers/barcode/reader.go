package barcode

import (
	"context"
	"errors"
	"fmt"
	"hash/maphash"
	"io"
	"os"
	"syscall"
	"time"
)

// A decoder turns a device's bytes into codes. next returns one code, or
// ErrGarbage or ErrTooLong for a bad one, or the error that stops it.
type decoder interface {
	next(ctx context.Context) (string, error)
}

// Reader delivers the codes of one barcode reader. It is made by NewSerial,
// NewEvdev, OpenSerial or OpenEvdev. A Reader is not safe for concurrent
// use: one goroutine calls Next.
type Reader struct {
	dec  decoder
	opts Options
	err  error // the error that ended the Reader

	// The last code is kept only as a hash, for the repeat window.
	seed   maphash.Seed
	last   uint64
	lastAt time.Time
	seen   bool
}

func newReader(d decoder, o Options) *Reader {
	return &Reader{dec: d, opts: o, seed: maphash.MakeSeed()}
}

// Next returns the next code read. It blocks until a code comes, the device
// fails or ctx is done; ctx is looked at between reads of the device, which
// the devices of OpenSerial and OpenEvdev return from at least every 100 ms.
//
// Errors: ErrGarbage and ErrTooLong for a bad code (call Next again for the
// next one); ctx.Err(); or, for good, an error wrapping ErrUnplugged (the
// device has gone) or the device's read error.
func (r *Reader) Next(ctx context.Context) (Scan, error) {
	for r.err == nil {
		code, err := r.dec.next(ctx)
		switch {
		case err == nil:
			if s, ok := r.accept(code); ok {
				return s, nil
			}
		case errors.Is(err, ErrGarbage), errors.Is(err, ErrTooLong):
			return Scan{}, err
		case err == ctx.Err():
			return Scan{}, err
		default:
			r.err = deviceError(err)
		}
	}
	return Scan{}, r.err
}

// accept stamps code, or drops it as a repeat.
func (r *Reader) accept(code string) (Scan, bool) {
	now := r.opts.Now()
	h := maphash.String(r.seed, code)
	repeat := r.seen && h == r.last && now.Sub(r.lastAt) < r.opts.RepeatWindow
	r.last, r.lastAt, r.seen = h, now, true
	return Scan{Code: code, At: now}, !repeat
}

// deviceError wraps the read error that ends a Reader.
func deviceError(err error) error {
	if gone(err) {
		return fmt.Errorf("%w: %w", ErrUnplugged, err)
	}
	return fmt.Errorf("barcode: read: %w", err)
}

// gone reports whether a read error means the device is no longer there:
// end of file, a hung-up tty (EIO), a removed USB device (ENODEV), or a
// file closed under the Reader.
func gone(err error) bool {
	for _, e := range []error{io.EOF, io.ErrUnexpectedEOF, os.ErrClosed, syscall.EIO, syscall.ENODEV} {
		if errors.Is(err, e) {
			return true
		}
	}
	return false
}
