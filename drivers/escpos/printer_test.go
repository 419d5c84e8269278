package escpos_test

import (
	"bytes"
	"errors"
	"io"
	"testing"

	"vuoro/drivers/escpos"
)

type writerFunc func([]byte) (int, error)

func (f writerFunc) Write(b []byte) (int, error) { return f(b) }

func TestPrintWritesTheWholeTicket(t *testing.T) {
	var buf bytes.Buffer
	ticket := []byte("\x1b@R20\n\x1dVB\x03")
	if err := escpos.NewPrinter(&buf).Print(ticket); err != nil || !bytes.Equal(buf.Bytes(), ticket) {
		t.Fatalf("printed % X, %v; want % X", buf.Bytes(), err, ticket)
	}
}

func TestPrintWrapsWriteErrors(t *testing.T) {
	gone := errors.New("device gone")
	tests := []struct {
		name string
		w    io.Writer
		want error
		msg  string
	}{
		{"error", writerFunc(func([]byte) (int, error) { return 0, gone }), gone, "escpos: write: device gone"},
		{"short write", writerFunc(func(b []byte) (int, error) { return len(b) - 1, nil }), io.ErrShortWrite, "escpos: write: short write"},
	}
	for _, tt := range tests {
		err := escpos.NewPrinter(tt.w).Print([]byte("R20\n"))
		if !errors.Is(err, tt.want) || err.Error() != tt.msg {
			t.Errorf("%s: Print = %v, want %q wrapping %v", tt.name, err, tt.msg, tt.want)
		}
	}
}
