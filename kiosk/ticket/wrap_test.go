package ticket

import (
	"reflect"
	"testing"
)

func TestWrap(t *testing.T) {
	tests := []struct {
		s    string
		cols int
		want []string
	}{
		{"Edelläsi jonossa: 3", 48, []string{"Edelläsi jonossa: 3"}},
		{"Besök: Odotusaula Lahti, Internationell beskattning", 32,
			[]string{"Besök: Odotusaula Lahti,", "Internationell beskattning"}},
		{"ab cd ef", 5, []string{"ab cd", "ef"}},
		{"abcdefghij xy", 4, []string{"abcd", "efgh", "ij", "xy"}},
		{"  ", 10, nil},
		{"äää ööö", 3, []string{"äää", "ööö"}},
		{"kept", 0, []string{"kept"}},
	}
	for _, tt := range tests {
		if got := wrap(tt.s, tt.cols); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("wrap(%q, %d) = %q, want %q", tt.s, tt.cols, got, tt.want)
		}
	}
}
