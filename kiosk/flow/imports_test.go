package flow_test

import (
	"os/exec"
	"strings"
	"testing"
)

// The view-model stays plain Go: no UI toolkit, no MQTT, no printer.
func TestNoUIOrIOImports(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "vuoro/kiosk/flow").Output()
	if err != nil {
		t.Skipf("go list: %v", err)
	}
	for _, dep := range strings.Fields(string(out)) {
		for _, banned := range []string{"fyne.io/", "github.com/eclipse/paho", "vuoro/drivers/", "vuoro/kiosk/ui"} {
			if strings.HasPrefix(dep, banned) {
				t.Errorf("kiosk/flow depends on %s", dep)
			}
		}
	}
}
