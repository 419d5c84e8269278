package escpos_test

import (
	"os/exec"
	"strings"
	"testing"
)

// The encoder uses the standard library only: no third-party ESC/POS or
// code page package.
func TestStandardLibraryOnly(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "-f", "{{if not .Standard}}{{.ImportPath}}{{end}}", "vuoro/drivers/escpos").Output()
	if err != nil {
		t.Skipf("go list: %v", err)
	}
	if deps := strings.Fields(string(out)); len(deps) != 1 || deps[0] != "vuoro/drivers/escpos" {
		t.Errorf("vuoro/drivers/escpos depends on %v", deps)
	}
}
