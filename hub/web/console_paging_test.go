package web_test

import (
	"regexp"
	"slices"
	"testing"
)

var callIDCell = regexp.MustCompile(`class="callid">(R\d+)<`)

// TestTablePagesAcrossParts: the table's pages run on through the
// waiting visits into the held and the ended ones, and a page past the
// end shows the last one.
func TestTablePagesAcrossParts(t *testing.T) {
	h := newHub(t)
	r := issue(t, h.eng, "vero-veroasiat", 55)
	for range 2 {
		tk, err := h.eng.CallNext("vero", []string{"vero-veroasiat"}, "6")
		if err != nil {
			t.Fatal(err)
		}
		h.eng.End("clerk:vero", tk.ID)
	}
	h.eng.Hold("clerk:vero", r[2].ID)
	clerk, _ := login(t, h.srv, "vero")
	for _, from := range []string{"50", "999"} {
		got := callIDs(get(t, clerk, h.srv.URL+"/console?service=vero-veroasiat&from="+from))
		if want := []string{"R54", "R55", "R3", "R2", "R1"}; !slices.Equal(got, want) {
			t.Errorf("from=%s lists %v, want the last waiting, the held and the ended %v", from, got, want)
		}
	}
	first := callIDs(get(t, clerk, h.srv.URL+"/console?service=vero-veroasiat"))
	if len(first) != 50 || first[0] != "R4" || first[49] != "R53" {
		t.Errorf("the first page lists %d rows %v … %v, want R4 … R53", len(first), first[:1], first[len(first)-1:])
	}
}

// callIDs are the call ids of a page's table, top to bottom.
func callIDs(page string) []string {
	var out []string
	for _, m := range callIDCell.FindAllStringSubmatch(page, -1) {
		out = append(out, m[1])
	}
	return out
}
