package hetu_test

import (
	"testing"

	"vuoro/shared/hetu"
)

func TestMAC(t *testing.T) {
	key, other := []byte("site key one"), []byte("site key two")
	a := hetu.MAC(key, "100190-999P")
	switch {
	case len(a) != 64:
		t.Fatalf("MAC %q is not 64 hex digits", a)
	case !hetu.SameMAC(a, hetu.MAC(key, " 100190-999p ")):
		t.Error("the same code typed in lower case or with spaces has another MAC")
	case hetu.SameMAC(a, hetu.MAC(key, "100190Y999P")):
		t.Error("100190-999P and 100190Y999P, two people, have the same MAC")
	case hetu.SameMAC(a, hetu.MAC(other, "100190-999P")):
		t.Error("another site's key gives the same MAC")
	}
}
