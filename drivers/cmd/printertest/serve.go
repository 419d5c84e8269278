package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strings"

	"vuoro/drivers/escpos"
	"vuoro/drivers/escpos/escpostest"
)

// commands change the virtual printer's condition, as typed on standard
// input.
var commands = map[string]func(v *escpostest.Virtual){
	"near":   func(v *escpostest.Virtual) { v.SetPaperNearEnd(true) },
	"out":    func(v *escpostest.Virtual) { v.SetPaperOut(true) },
	"roll":   func(v *escpostest.Virtual) { v.SetPaperOut(false); v.SetPaperNearEnd(false) },
	"open":   func(v *escpostest.Virtual) { v.SetCoverOpen(true) },
	"close":  func(v *escpostest.Virtual) { v.SetCoverOpen(false) },
	"off":    func(v *escpostest.Virtual) { v.SetOffline(true) },
	"on":     func(v *escpostest.Virtual) { v.SetOffline(false) },
	"status": func(*escpostest.Virtual) {},
}

const help = "commands: near (paper near end), out (paper out), roll (a new roll), open, close (the cover), off, on (line), status"

// serve is a virtual printer on addr until ctx ends, saving tickets in
// dir and taking commands from in.
func serve(ctx context.Context, addr, dir string, paper escpos.Paper, in io.Reader, out io.Writer) error {
	v, err := escpostest.NewVirtual(dir, paper)
	if err != nil {
		return err
	}
	srv, err := v.ListenTCP(addr)
	if err != nil {
		return err
	}
	defer srv.Close()
	fmt.Fprintf(out, "virtual printer on tcp:%v, tickets in %s\n%s\n", srv.Addr(), dir, help)
	lines := make(chan string)
	go func() { // ends with in; a blocked read of a terminal ends with the process
		sc := bufio.NewScanner(in)
		defer close(lines)
		for sc.Scan() {
			select {
			case lines <- sc.Text():
			case <-ctx.Done():
				return
			}
		}
	}()
	for {
		select {
		case <-ctx.Done():
			fmt.Fprintf(out, "%d tickets printed\n", len(v.Paths()))
			return nil
		case line, ok := <-lines:
			if !ok {
				lines = nil // no more commands; serve on
				continue
			}
			command(v, strings.TrimSpace(line), out)
		}
	}
}

// command does one command and tells the status.
func command(v *escpostest.Virtual, name string, out io.Writer) {
	do, ok := commands[name]
	if !ok {
		if name != "" {
			fmt.Fprintln(out, help)
		}
		return
	}
	do(v)
	fmt.Fprintf(out, "Tila / status: %s\n", words(v.Status(), nil))
}
