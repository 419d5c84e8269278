package escpostest_test

import (
	"errors"
	"fmt"
	"os"

	"vuoro/drivers/escpos"
	"vuoro/drivers/escpos/escpostest"
)

func ExampleDecode() {
	e := escpos.NewEncoder(escpos.Paper80)
	e.Init()
	e.Align(escpos.AlignCenter)
	e.Size(4, 4)
	e.Line("R20")
	e.Size(1, 1)
	e.Line("Tämä tuloste on henkilökohtainen")
	e.Cut(true)
	b, _ := e.Bytes()

	rs, err := escpostest.Decode(b)
	fmt.Println(len(rs), err, rs[0].Cut)
	fmt.Printf("%+v\n", rs[0].Lines[0].Runs)
	fmt.Print(rs[0].Text())
	// Output:
	// 1 <nil> partial cut
	// [{Text:R20 Bold:false Width:4 Height:4}]
	// R20
	// Tämä tuloste on henkilökohtainen
}

func ExampleDecode_error() {
	_, err := escpostest.Decode([]byte("R20\n\x1b!\x30"))
	fmt.Println(err)
	// Output: escpostest: offset 4: 1B 21: unknown command
}

// A printer out of paper gets no ticket, and the error says why; paper
// near its end prints, and the printer tells it.
func ExampleVirtual_SetPaperOut() {
	dir, err := os.MkdirTemp("", "tickets")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	v, err := escpostest.NewVirtual(dir, escpos.Paper80)
	if err != nil {
		panic(err)
	}
	p := escpos.NewPrinter(v, nil)
	e := escpos.NewEncoder(escpos.Paper80)
	e.Init()
	e.Line("R20")
	e.Cut(true)
	ticket, _ := e.Bytes()

	v.SetPaperOut(true)
	err = p.Print(ticket)
	fmt.Println(err, errors.Is(err, escpos.ErrPaperOut))

	v.SetPaperOut(false)
	v.SetPaperNearEnd(true)
	err = p.Print(ticket)
	s, _ := p.Last()
	fmt.Println(err, s, len(v.Paths()))
	// Output:
	// escpos: printer not ready: offline, paper out true
	// <nil> paper near end 1
}
