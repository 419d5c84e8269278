package gpio

import (
	"errors"
	"testing"
)

func TestOpenUnknownPin(t *testing.T) {
	const name = "VUORO_NO_SUCH_PIN"
	_, errB := OpenButton(name, ButtonOptions{})
	_, errL := OpenLamp(name, LampOptions{})
	_, errI := OpenLevelInput(name, true, LevelOptions{})
	for _, err := range []error{errB, errL, errI} {
		if !errors.Is(err, ErrNoPin) {
			t.Errorf("Open(%q) = %v, want ErrNoPin", name, err)
		}
	}
}
