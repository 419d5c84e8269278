package escpos_test

import (
	"fmt"

	"vuoro/drivers/escpos"
)

func ExampleEncoder() {
	e := escpos.NewEncoder(escpos.Paper80)
	e.Init()
	e.Align(escpos.AlignCenter)
	e.Size(2, 2)
	e.Line("R20")
	e.Size(1, 1)
	e.Line("Tervetuloa")
	e.Cut(true)
	b, err := e.Bytes()
	fmt.Printf("% X %v\n", b, err)
	// Output: 1B 40 1B 74 13 1B 61 01 1D 21 11 52 32 30 0A 1D 21 00 54 65 72 76 65 74 75 6C 6F 61 0A 1D 56 42 03 <nil>
}

func ExampleEncodable() {
	fmt.Println(escpos.Encodable("Kutsutunniste R20, 5 €"))
	fmt.Println(escpos.Encodable("Ωmega"))
	// Output:
	// <nil>
	// escpos: "Ω" (U+03A9) at 0 is not in code page 858
}
