package flow_test

import (
	"slices"
	"strings"
	"testing"
)

// TestHeadset checks what the kiosk says as a headset is plugged into its
// jack and pulled out.
func TestHeadset(t *testing.T) {
	const (
		welcome = "fi flush: Tervetuloa ilmoittautumaan."
		agency  = "fi flush: Valitse virasto, jonka palveluun haluat ilmoittautua."
		hush    = "fi flush: " // what is being said is cut off
		ask     = "fi flush alert: Tarvitsetko lisää aikaa? Näkymä suljetaan 20 sekunnin kuluttua. Lisää aikaa."
		askKeys = "fi flush alert: Tarvitsetko lisää aikaa? Näkymä suljetaan 20 sekunnin kuluttua. Paina mitä tahansa näppäintä, niin saat lisää aikaa."
	)
	tests := []struct {
		name   string
		speech bool // -speech on: speech from the start
		steps  []string
		said   []string
	}{
		{name: "plug: speech on, the screen's title said", steps: []string{"plug"}, said: []string{welcome}},
		{name: "plugged: taps are spoken", steps: []string{"plug", "start"}, said: []string{welcome, agency}},
		{name: "plug mid-visit says that screen", steps: []string{"start", "plug"}, said: []string{agency}},
		{name: "plug in swedish", steps: []string{"lang:sv", "plug"}, said: []string{"sv flush: Välkommen att anmäla dig."}},
		{name: "plug after a key says the screen and focus again", steps: []string{"key:next", "plug"},
			said: []string{welcome, "fi: Aloita tästä", welcome, "fi: Aloita tästä"}},
		{name: "unplug: back to silent", steps: []string{"plug", "unplug", "start", "agency:vero"}, said: []string{welcome, hush}},
		{name: "unplug after a key press: stays on", steps: []string{"plug", "key:next", "unplug", "key:next"},
			said: []string{welcome, welcome, "fi: Aloita tästä", "fi flush: suomi"}}, // the first key says where it is
		{name: "unplug with speech configured on: stays on", speech: true, steps: []string{"plug", "unplug", "start"},
			said: []string{welcome, agency}},
		{name: "a second plug says nothing again", steps: []string{"plug", "plug"}, said: []string{welcome}},
		{name: "unplug without a headset says nothing", steps: []string{"unplug", "start"}},
		{name: "still plugged for the next citizen", steps: []string{"plug", "start", "+61s", "+21s", "start"},
			said: []string{welcome, agency, ask, welcome, agency}},
		{name: "unplugged after a key: the next citizen is silent",
			steps: []string{"plug", "key:next", "key:select", "unplug", "+61s", "+21s", "start"},
			said:  []string{welcome, welcome, "fi: Aloita tästä", agency, "fi: Verohallinto", askKeys}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := newAccess(t, tt.speech)
			a.do(tt.steps...)
			if !slices.Equal(a.sp.said, tt.said) {
				t.Errorf("said\n%s\nwant\n%s", strings.Join(a.sp.said, "\n"), strings.Join(tt.said, "\n"))
			}
		})
	}
}
