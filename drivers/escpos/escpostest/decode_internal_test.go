package escpostest

import (
	"os"
	"reflect"
	"testing"
)

// TestSplitWritesDecodeAsWhole writes a stream in two pieces at every
// split point, and a byte at a time: the receipts are those of the whole.
func TestSplitWritesDecodeAsWhole(t *testing.T) {
	ticket, err := os.ReadFile("../testdata/ticket_fi.bin")
	if err != nil {
		t.Fatal(err)
	}
	stream := append(append(ticket, ticket...), "\x1b@\x1bt\x13uncut \x84"...)
	want, err := Decode(stream)
	if err != nil || len(want) != 3 {
		t.Fatalf("Decode = %d receipts, %v", len(want), err)
	}
	for i := range stream {
		if got := decodePieces(t, stream[:i], stream[i:]); !reflect.DeepEqual(got, want) {
			t.Fatalf("split at %d: %+v\nwant %+v", i, got, want)
		}
	}
	var bytes [][]byte
	for i := range stream {
		bytes = append(bytes, stream[i:i+1])
	}
	if got := decodePieces(t, bytes...); !reflect.DeepEqual(got, want) {
		t.Fatalf("a byte at a time: %+v\nwant %+v", got, want)
	}
}

func decodePieces(t *testing.T, pieces ...[]byte) []Receipt {
	t.Helper()
	d := newDecoder()
	var got []Receipt
	for _, p := range pieces {
		if err := d.write(p); err != nil {
			t.Fatal(err)
		}
		got = append(got, d.take()...)
	}
	if err := d.close(); err != nil {
		t.Fatal(err)
	}
	return append(got, d.take()...)
}

func TestDiscardKeepsTheOffset(t *testing.T) {
	d := newDecoder()
	if err := d.write([]byte("\x1bE\x01abc\x1b")); err != nil {
		t.Fatal(err)
	}
	d.discard()
	if d.bold || d.open || len(d.buf) > 0 {
		t.Error("discard kept the mode, the open line or the bytes held back")
	}
	err := d.write([]byte("x\x07"))
	if de, ok := err.(*DecodeError); !ok || de.Offset != 8 {
		t.Fatalf("after discard: %v, want an error at offset 8", err)
	}
}

// FuzzWriteOn feeds any bytes, in two pieces, to the decoder as a served
// line does, going on past bad bytes: every error names bytes of the
// stream, in order, and each receipt holds whole lines.
func FuzzWriteOn(f *testing.F) {
	ticket, err := os.ReadFile("../testdata/ticket_codes.bin")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(ticket, 17)
	f.Add(append([]byte("\x1bZ\x1b@\x10\x04\x01\x1dkI\x02{B"), ticket...), 5)
	f.Fuzz(func(t *testing.T, b []byte, split int) {
		if split < 0 || split > len(b) {
			split = len(b) / 2
		}
		d := newDecoder()
		var errs []error
		errs = append(errs, d.writeOn(b[:split])...)
		errs = append(errs, d.writeOn(b[split:])...)
		last := -1
		for _, err := range errs {
			de, ok := err.(*DecodeError)
			if !ok || de.Offset <= last || de.Offset+len(de.Bytes) > len(b) || len(de.Bytes) == 0 {
				t.Fatalf("error %v after offset %d in %d bytes", err, last, len(b))
			}
			if string(b[de.Offset:de.Offset+len(de.Bytes)]) != string(de.Bytes) {
				t.Fatalf("error %v names bytes not at its offset", err)
			}
			last = de.Offset
		}
		for _, r := range d.take() {
			if r.Cut == Uncut {
				t.Fatalf("an uncut receipt before close: %+v", r)
			}
		}
	})
}
