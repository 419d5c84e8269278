package escpostest_test

import (
	"fmt"
	"image"
	"strings"
	"testing"

	"vuoro/drivers/escpos"
	"vuoro/drivers/escpos/escpostest"
	"vuoro/shared/golden"
)

func TestRenderGolden(t *testing.T) {
	for _, p := range []escpos.Paper{escpos.Paper80, escpos.Paper58} {
		name := fmt.Sprintf("ticket_fi_%d.png", int(p))
		t.Run(name, func(t *testing.T) {
			img := escpostest.Render(sampleReceipt(t), p)
			if img.Bounds().Dx() != p.Dots() {
				t.Fatalf("width %d dots, want %d", img.Bounds().Dx(), p.Dots())
			}
			golden.PNG(t, name, img)
		})
	}
}

// TestRenderScalesDotByDot checks GS ! sizes: a character w×h times the
// size has exactly w·h times the dark dots, as a thermal head enlarges
// each dot to a block.
func TestRenderScalesDotByDot(t *testing.T) {
	base := inkOf(t, escpostest.Run{Text: "R20", Width: 1, Height: 1})
	for _, s := range [][2]int{{2, 1}, {1, 2}, {4, 4}, {8, 8}} {
		got := inkOf(t, escpostest.Run{Text: "R20", Width: s[0], Height: s[1]})
		if got != base*s[0]*s[1] {
			t.Errorf("size %dx%d: %d dark dots, want %d×%d×%d", s[0], s[1], got, base, s[0], s[1])
		}
	}
}

func inkOf(t *testing.T, r escpostest.Run) int {
	t.Helper()
	img := escpostest.Render(escpostest.Receipt{Lines: []escpostest.Line{{Runs: []escpostest.Run{r}}}}, escpos.Paper80)
	return ink(img, img.Bounds())
}

// TestRenderTicketCallIDIsLarge checks that in the sample ticket the 4×4
// call id carries far more ink a character than a normal line does.
func TestRenderTicketCallIDIsLarge(t *testing.T) {
	img := escpostest.Render(sampleReceipt(t), escpos.Paper80)
	if img.Bounds().Dx() != 576 {
		t.Fatalf("width %d dots, want 576 for 80 mm paper", img.Bounds().Dx())
	}
	// Margin, then "Kutsutunniste" in a 34-dot line, "R20" 96 dots tall, then
	// "Tämä tuloste on henkilökohtainen" (32 characters) in 24 dots.
	bigTop := 16 + 34
	big := ink(img, image.Rect(0, bigTop, 576, bigTop+96)) / 3
	small := ink(img, image.Rect(0, bigTop+96, 576, bigTop+96+24)) / 32
	if small == 0 || big < 10*small {
		t.Errorf("the call id has %d dark dots a character, a normal line %d: want over 10 times", big, small)
	}
}

// TestRenderLayout checks alignment, wrapping, line pitch and the cut marks
// by where the ink is.
func TestRenderLayout(t *testing.T) {
	line := func(a escpos.Align, s string) escpostest.Line {
		return escpostest.Line{Align: a, Runs: []escpostest.Run{{Text: s, Width: 1, Height: 1}}}
	}
	r := escpostest.Receipt{Cut: escpostest.PartialCut, Lines: []escpostest.Line{
		line(escpos.AlignLeft, "H"),
		line(escpos.AlignCenter, "H"),
		line(escpos.AlignRight, "H"),
		{},
		line(escpos.AlignLeft, strings.Repeat("H", 50)), // 48 fit on 80 mm
	}}
	img := escpostest.Render(r, escpos.Paper80)
	row := func(i int) image.Rectangle { return image.Rect(0, 16+34*i, 576, 16+34*(i+1)) }
	tests := []struct {
		name string
		area image.Rectangle
		ink  bool
	}{
		{"left", image.Rect(0, 16, 12, 50), true},
		{"left, nothing after", image.Rect(12, 16, 576, 50), false},
		{"center", image.Rect(282, 50, 294, 84), true},
		{"center, nothing before", image.Rect(0, 50, 282, 84), false},
		{"center, nothing after", image.Rect(294, 50, 576, 84), false},
		{"right", image.Rect(564, 84, 576, 118), true},
		{"right, nothing before", image.Rect(0, 84, 564, 118), false},
		{"blank line", row(3), false},
		{"long line", row(4), true},
		{"its last two characters wrapped", image.Rect(0, 16+34*5, 24, 16+34*6), true},
		{"and nothing more", image.Rect(24, 16+34*5, 576, 16+34*6), false},
		{"cut mark", image.Rect(0, 16+34*6+16-2, 240, 16+34*6+16), true},
		{"the hinge of a partial cut", image.Rect(266, 16+34*6+16-2, 310, 16+34*6+16), false},
	}
	if h := img.Bounds().Dy(); h != 16+34*6+16 {
		t.Fatalf("height %d dots, want two margins and six lines of 34", h)
	}
	for _, tt := range tests {
		if got := ink(img, tt.area) > 0; got != tt.ink {
			t.Errorf("%s: ink in %v is %v, want %v", tt.name, tt.area, got, tt.ink)
		}
	}
}

// TestRenderCutMarks checks the cut mark: none on an uncut receipt, across
// the paper for a full cut, with a gap for the hinge of a partial cut.
func TestRenderCutMarks(t *testing.T) {
	for _, tt := range []struct {
		cut       escpostest.Cut
		wantHinge bool
		wantMark  bool
	}{
		{escpostest.Uncut, false, false},
		{escpostest.FullCut, false, true},
		{escpostest.PartialCut, true, true},
	} {
		img := escpostest.Render(escpostest.Receipt{Cut: tt.cut}, escpos.Paper58)
		bottom := image.Rect(0, img.Bounds().Dy()-2, 384, img.Bounds().Dy())
		middle := image.Rect(192-16, bottom.Min.Y, 192+16, bottom.Max.Y)
		if got := ink(img, bottom) > 0; got != tt.wantMark {
			t.Errorf("%v: cut mark %v, want %v", tt.cut, got, tt.wantMark)
		}
		if got := tt.wantMark && ink(img, middle) == 0; got != tt.wantHinge {
			t.Errorf("%v: hinge %v, want %v", tt.cut, got, tt.wantHinge)
		}
	}
}

func BenchmarkRenderTicket(b *testing.B) {
	r := sampleReceipt(b)
	b.ReportAllocs()
	for b.Loop() {
		escpostest.Render(r, escpos.Paper80)
	}
}

func BenchmarkRenderTicketWithCodes(b *testing.B) {
	r := codesReceipt(b)
	b.ReportAllocs()
	for b.Loop() {
		escpostest.Render(r, escpos.Paper80)
	}
}

func BenchmarkDecodeTicketWithCodes(b *testing.B) {
	t := readTestdata(b, "ticket_codes.bin")
	b.ReportAllocs()
	b.SetBytes(int64(len(t)))
	for b.Loop() {
		escpostest.Decode(t)
	}
}
