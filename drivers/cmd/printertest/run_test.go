package main

import (
	"bytes"
	"context"
	"errors"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"io"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/makiuchi-d/gozxing"
	"github.com/makiuchi-d/gozxing/oned"
	"github.com/makiuchi-d/gozxing/qrcode"

	"vuoro/drivers/escpos"
	"vuoro/drivers/escpos/escpostest"
)

var at = time.Date(2026, 11, 22, 10, 15, 0, 0, time.UTC)

func fixed() time.Time { return at }

func listen(t *testing.T, paper escpos.Paper) (*escpostest.Virtual, string) {
	t.Helper()
	v, err := escpostest.NewVirtual(t.TempDir(), paper)
	if err != nil {
		t.Fatal(err)
	}
	srv, err := v.ListenTCP("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Close() })
	return v, srv.Addr().String()
}

// TestPrintsTheTestTicket prints on a network printer and reads the
// ticket back: its text, and its barcode and QR code scanned from the
// PNG the printer saved.
func TestPrintsTheTestTicket(t *testing.T) {
	for _, paper := range []escpos.Paper{escpos.Paper80, escpos.Paper58} {
		v, addr := listen(t, paper)
		v.SetPaperNearEnd(true)
		var out bytes.Buffer
		args := []string{"-printer", "tcp:" + addr, "-paper", strings.TrimSuffix(paper.String(), " mm")}
		if err := run(context.Background(), args, strings.NewReader(""), &out, fixed); err != nil {
			t.Fatalf("%v: %v\n%s", paper, err, out.String())
		}
		want := "Tulostin / printer: tcp:" + addr + "\n" +
			"Tila / status: paperi loppumassa / paper near end\n" +
			"Testikuitti tulostettu / test ticket printed\n"
		if out.String() != want {
			t.Errorf("%v: printed\n%s\nwant\n%s", paper, out.String(), want)
		}
		waitPrinted(t, v)
		text := v.Receipts()[0].Text()
		for _, s := range []string{"VUORO", "Ääkköset: ÅÄÖ åäö É é ü € £ § ½", "Koko 4x4", "22.11.2026 10:15:00",
			`[CODE128 "VUORO-12345678"]`, `[QR M "https://vuoro.example/testi"]`} {
			if !strings.Contains(text, s) {
				t.Errorf("%v: the ticket lacks %q:\n%s", paper, s, text)
			}
		}
		img := readPNG(t, v.Paths()[0])
		if got := scan(t, img, oned.NewCode128Reader()); got != testCode {
			t.Errorf("%v: the barcode reads %q", paper, got)
		}
		if got := scan(t, img, qrcode.NewQRCodeReader()); got != testQR {
			t.Errorf("%v: the QR code reads %q", paper, got)
		}
	}
}

func TestRefusesAPrinterOutOfPaper(t *testing.T) {
	v, addr := listen(t, escpos.Paper80)
	v.SetPaperOut(true)
	var out bytes.Buffer
	err := run(context.Background(), []string{"-printer", "tcp:" + addr}, nil, &out, fixed)
	if !errors.Is(err, escpos.ErrPaperOut) {
		t.Fatalf("run = %v", err)
	}
	if !strings.Contains(out.String(), "Tila / status: ei tulostusvalmis / offline; paperi lopussa / paper out\n") ||
		!strings.Contains(out.String(), "Testikuittia ei tulostettu / test ticket not printed") {
		t.Errorf("printed\n%s", out.String())
	}
	if len(v.Paths()) != 0 {
		t.Error("printed with paper out")
	}
}

func TestStatusOnly(t *testing.T) {
	v, addr := listen(t, escpos.Paper80)
	v.SetCoverOpen(true)
	var out bytes.Buffer
	if err := run(context.Background(), []string{"-status", "-printer", "tcp:" + addr}, nil, &out, fixed); err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(out.String(), "Tila / status: ei tulostusvalmis / offline; kansi auki / cover open\n") {
		t.Errorf("printed\n%s", out.String())
	}
	if len(v.Paths()) != 0 {
		t.Error("-status printed")
	}
}

func TestNoPrinter(t *testing.T) {
	var out bytes.Buffer
	v, err := escpostest.NewVirtual(t.TempDir(), escpos.Paper80)
	if err != nil {
		t.Fatal(err)
	}
	srv, err := v.ListenTCP("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := srv.Addr().String()
	srv.Close()
	if err := run(context.Background(), []string{"-printer", "tcp:" + addr}, nil, &out, fixed); err == nil {
		t.Fatal("no error without a printer")
	}
	if !strings.Contains(out.String(), "Tila / status: ei yhteyttä / no connection: ") {
		t.Errorf("printed\n%s", out.String())
	}
}

func TestFlags(t *testing.T) {
	for _, args := range [][]string{nil, {"-paper", "76", "-printer", "tcp:x"}, {"-printer", "lpt:1"}, {"-printer", "tcp:x", "extra"}} {
		var out bytes.Buffer
		if err := run(context.Background(), args, nil, &out, fixed); err == nil {
			t.Errorf("run(%q) accepted", args)
		}
	}
}

// TestServe is the virtual printer mode: a printertest prints to another
// printertest, which takes commands.
func TestServe(t *testing.T) {
	dir := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	in, commands := pipe()
	var out syncBuffer
	done := make(chan error)
	go func() { done <- run(ctx, []string{"-serve", "127.0.0.1:0", "-dir", dir}, in, &out, fixed) }()
	out.waitFor(t, "virtual printer on tcp:")
	addr := strings.Fields(strings.TrimPrefix(out.String(), "virtual printer on tcp:"))[0]
	addr = strings.TrimSuffix(addr, ",")
	commands <- "near"
	out.waitFor(t, "Tila / status: paperi loppumassa / paper near end")
	var client bytes.Buffer
	if err := run(context.Background(), []string{"-printer", "tcp:" + addr}, nil, &client, fixed); err != nil {
		t.Fatalf("%v\n%s", err, client.String())
	}
	for start := time.Now(); ; time.Sleep(5 * time.Millisecond) { // the server prints after the client has sent
		if _, err := os.Stat(dir + "/ticket-0001.png"); err == nil {
			break
		} else if time.Since(start) > 5*time.Second {
			t.Fatal(err)
		}
	}
	commands <- "out"
	out.waitFor(t, "paperi lopussa / paper out")
	if err := run(context.Background(), []string{"-printer", "tcp:" + addr}, nil, &client, fixed); !errors.Is(err, escpos.ErrPaperOut) {
		t.Fatalf("printing with paper out: %v", err)
	}
	close(commands) // standard input ends; the server goes on
	if err := run(context.Background(), []string{"-status", "-printer", "tcp:" + addr}, nil, &client, fixed); err != nil {
		t.Fatal(err)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(out.String(), "1 tickets printed\n") {
		t.Errorf("the server said\n%s", out.String())
	}
}

// pipe is standard input that the test types into.
func pipe() (*chanReader, chan<- string) {
	c := make(chan string)
	return &chanReader{c: c}, c
}

type chanReader struct {
	c    chan string
	rest []byte
}

func (r *chanReader) Read(b []byte) (int, error) {
	if len(r.rest) == 0 {
		line, ok := <-r.c
		if !ok {
			return 0, io.EOF
		}
		r.rest = []byte(line + "\n")
	}
	n := copy(b, r.rest)
	r.rest = r.rest[n:]
	return n, nil
}

func waitPrinted(t *testing.T, v *escpostest.Virtual) {
	t.Helper()
	for start := time.Now(); len(v.Paths()) == 0; time.Sleep(5 * time.Millisecond) {
		if time.Since(start) > 5*time.Second {
			t.Fatalf("nothing printed; errors %v", v.Errors())
		}
	}
}

func readPNG(t *testing.T, path string) image.Image {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	return img
}

// scan reads img, on white paper, with reader.
func scan(t *testing.T, img image.Image, reader gozxing.Reader) string {
	t.Helper()
	b := img.Bounds()
	paper := image.NewGray(image.Rect(0, 0, b.Dx()+80, b.Dy()+80))
	draw.Draw(paper, paper.Bounds(), image.NewUniform(color.White), image.Point{}, draw.Src)
	draw.Draw(paper, b.Add(image.Pt(40, 40)), img, b.Min, draw.Src)
	bmp, err := gozxing.NewBinaryBitmapFromImage(paper)
	if err != nil {
		t.Fatal(err)
	}
	res, err := reader.Decode(bmp, map[gozxing.DecodeHintType]any{gozxing.DecodeHintType_TRY_HARDER: true})
	if err != nil {
		return "error: " + err.Error()
	}
	return res.GetText()
}
