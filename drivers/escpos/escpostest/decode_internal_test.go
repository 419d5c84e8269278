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
