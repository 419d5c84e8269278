package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"time"

	"vuoro/drivers/escpos"
	"vuoro/drivers/escpos/escpostest"
	"vuoro/drivers/printer"
)

// config is the command line.
type config struct {
	printer    string
	paper      int
	statusOnly bool
	serve, dir string
}

func parseFlags(args []string, out io.Writer) (config, error) {
	var c config
	fs := flag.NewFlagSet("printertest", flag.ContinueOnError)
	fs.SetOutput(out)
	fs.StringVar(&c.printer, "printer", "", "the printer: serial:DEVICE[@BAUD], usb:DEVICE, tcp:HOST[:PORT] or virtual:DIR")
	fs.IntVar(&c.paper, "paper", 80, "paper width in mm: 80 or 58")
	fs.BoolVar(&c.statusOnly, "status", false, "tell the status only; print nothing")
	fs.StringVar(&c.serve, "serve", "", "be a virtual printer on this TCP address instead, such as 127.0.0.1:9100")
	fs.StringVar(&c.dir, "dir", "tickets", "with -serve: the folder the tickets are saved in")
	if err := fs.Parse(args); err != nil {
		return c, err
	}
	switch {
	case fs.NArg() > 0:
		return c, fmt.Errorf("unexpected arguments %q", fs.Args())
	case c.printer == "" && c.serve == "":
		return c, errors.New("-printer or -serve is needed; see -h")
	case c.paper != 80 && c.paper != 58:
		return c, fmt.Errorf("paper %d mm: want 80 or 58", c.paper)
	}
	return c, nil
}

func run(ctx context.Context, args []string, in io.Reader, out io.Writer, now func() time.Time) error {
	c, err := parseFlags(args, out)
	if err != nil {
		return err
	}
	paper := escpos.Paper(c.paper)
	if c.serve != "" {
		return serve(ctx, c.serve, c.dir, paper, in, out)
	}
	spec, err := printer.ParseSpec(c.printer)
	if err != nil {
		return err
	}
	p, closer, err := open(spec, paper)
	if err != nil {
		return err
	}
	defer closer.Close()
	fmt.Fprintf(out, "Tulostin / printer: %v\n", spec)
	s, err := p.Status()
	fmt.Fprintf(out, "Tila / status: %s\n", words(s, err))
	if c.statusOnly {
		return err
	}
	b, err := testTicket(spec, paper, now())
	if err != nil {
		return err
	}
	if err := p.Print(b); err != nil {
		fmt.Fprintln(out, "Testikuittia ei tulostettu / test ticket not printed")
		return err
	}
	fmt.Fprintln(out, "Testikuitti tulostettu / test ticket printed")
	return nil
}

// open connects to the printer spec names.
func open(spec printer.Spec, paper escpos.Paper) (*escpos.Printer, io.Closer, error) {
	if spec.Kind == printer.Virtual {
		v, err := escpostest.NewVirtual(spec.Path, paper)
		if err != nil {
			return nil, nil, err
		}
		return escpos.NewPrinter(v, nil), io.NopCloser(nil), nil
	}
	conn, err := printer.Open(spec, nil)
	if err != nil {
		return nil, nil, err
	}
	return escpos.NewPrinter(conn, nil), conn, nil
}
