package gpio

import (
	"fmt"

	"periph.io/x/conn/v3/gpio"
	"periph.io/x/conn/v3/gpio/gpioreg"
	"periph.io/x/host/v3"
)

// OpenButton returns the button on the board's pin of that name, such as
// "GPIO17".
func OpenButton(name string, o ButtonOptions) (*Button, error) {
	pin, err := pinByName(name)
	if err != nil {
		return nil, err
	}
	return NewButton(pin, o)
}

// OpenLevelInput returns the sensor on the board's pin of that name.
func OpenLevelInput(name string, activeLow bool, o LevelOptions) (*LevelInput, error) {
	pin, err := pinByName(name)
	if err != nil {
		return nil, err
	}
	return NewLevelInput(pin, activeLow, o)
}

// OpenLamp returns the lamp on the board's pin of that name, put out.
func OpenLamp(name string, o LampOptions) (*Lamp, error) {
	pin, err := pinByName(name)
	if err != nil {
		return nil, err
	}
	l := NewLamp(pin, o)
	if err := l.Off(); err != nil {
		return nil, err
	}
	return l, nil
}

// pinByName loads periph's drivers for this board, once, and finds a pin.
func pinByName(name string) (gpio.PinIO, error) {
	if _, err := host.Init(); err != nil {
		return nil, fmt.Errorf("gpio: %w", err)
	}
	pin := gpioreg.ByName(name)
	if pin == nil {
		return nil, fmt.Errorf("%w: %q", ErrNoPin, name)
	}
	return pin, nil
}
