package escpostest_test

import (
	"fmt"

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
