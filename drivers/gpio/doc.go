// Package gpio drives the kiosk's physical keys and lamps on the board's
// GPIO pins, through periph.io.
//
// A Button is a key such as the help key of an accessible kiosk: Run
// reports each press once however much the contact bounces, and tells a
// long press from a short one. A Lamp is a status LED or the call light
// above a counter: on, off or blinking. A LevelInput is a switch that stays
// on or off, such as the printer's paper-low sensor: Watch reports its
// changes once they are steady.
//
// The drivers take periph's narrow pin interfaces (gpio.PinIn,
// gpio.PinOut), so tests drive them with gpiotest pins; OpenButton,
// OpenLamp and OpenLevelInput find the board's pins by name. Time comes
// from a Clock, so that tests move it by hand. The package does not log.
package gpio
