// Command printertest is the installer's check of a ticket printer: it
// prints a test ticket (Finnish and Swedish letters, character sizes, a
// CODE128 barcode and a QR code) and tells the printer's status in words.
//
//	printertest -printer tcp:192.0.2.10:9100
//	printertest -printer serial:/dev/ttyUSB0@38400 -paper 58
//	printertest -printer usb:/dev/usb/lp0 -status
//
// With -serve it is a virtual printer on a TCP port instead, which a kiosk
// prints to with -printer tcp:ADDR; it saves each ticket in -dir as a PNG
// and a text file, and takes commands on standard input to run out of
// paper, open its cover and so on:
//
//	printertest -serve 127.0.0.1:9100 -dir /tmp/tickets
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, time.Now)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "printertest:", err)
		os.Exit(1)
	}
}
