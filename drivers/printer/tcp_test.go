package printer_test

import (
	"errors"
	"testing"
	"time"

	"vuoro/drivers/escpos"
	"vuoro/drivers/printer"
)

// TestTCPReconnects prints to a network printer that is switched off and
// on again at the same address.
func TestTCPReconnects(t *testing.T) {
	v := newVirtual(t)
	srv, err := v.ListenTCP("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := srv.Addr().String()
	spec, err := printer.ParseSpec("tcp:" + addr)
	if err != nil {
		t.Fatal(err)
	}
	conn, err := printer.Open(spec, &printer.Options{MinBackoff: 20 * time.Millisecond, DialTimeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if err := conn.Connect(); err != nil {
		t.Fatal(err)
	}
	p := escpos.NewPrinter(conn, quick)
	if err := p.Print(ticket(t, "T1")); err != nil {
		t.Fatal(err)
	}
	waitPrinted(t, v, "T1")

	srv.Close() // switched off
	if err := p.Print(ticket(t, "T2")); err == nil {
		t.Fatal("printed to a printer switched off")
	} else {
		t.Logf("switched off: %v", err)
	}
	if _, err := p.Status(); err == nil {
		t.Fatal("status of a printer switched off")
	}

	srv, err = v.ListenTCP(addr) // switched on
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	deadline := time.Now().Add(5 * time.Second)
	for err := p.Print(ticket(t, "T2")); err != nil; err = p.Print(ticket(t, "T2")) {
		if time.Now().After(deadline) {
			t.Fatalf("the printer switched on again does not print: %v", err)
		}
		time.Sleep(20 * time.Millisecond)
	}
	waitPrinted(t, v, "T1", "T2")
}

func TestTCPNoPrinter(t *testing.T) {
	v := newVirtual(t)
	srv, err := v.ListenTCP("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := srv.Addr().String()
	srv.Close() // nothing listens there now
	conn, err := printer.Open(printer.Spec{Kind: printer.TCP, Addr: addr}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	err = escpos.NewPrinter(conn, quick).Print(ticket(t, "T1"))
	if err == nil || errors.Is(err, escpos.ErrNoReply) {
		t.Fatalf("Print with no printer = %v, want the refused connection", err)
	}
	t.Log(err)
}
