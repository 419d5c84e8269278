package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"vuoro/shared/wire"
)

// config is the command line.
type config struct {
	mode       string // "queue" or "counter"
	room       string // the counter's room
	site       string
	device     string
	broker     string
	fullscreen bool
	// credentials is the display's MQTT credentials file; enrol a
	// one-time code exchanged at hub to fill it at first start.
	credentials, enrol, hub string
	// caSHA256 is the hub CA's fingerprint the console showed with the code.
	caSHA256 string
	// soundOut is where calls are heard: "aplay", "off", or a folder to
	// write them into as WAV files; soundDevice is aplay's ALSA device.
	soundOut, soundDevice string
	// callLight is the GPIO pin of the counter's call light; empty: none.
	callLight      string
	callLightBlink bool
}

// parseFlags reads the command line; usage and flag errors go to out.
func parseFlags(args []string, out io.Writer) (config, error) {
	var c config
	fs := flag.NewFlagSet("display", flag.ContinueOnError)
	fs.SetOutput(out)
	fs.StringVar(&c.mode, "mode", "queue", "what to show: queue (waiting room) or counter (above a service point)")
	fs.StringVar(&c.room, "room", "", "the service point's room id, for -mode counter")
	fs.StringVar(&c.site, "site", "lahti", "site id")
	fs.StringVar(&c.device, "device", defaultDevice(), "device id; the host name by default")
	fs.StringVar(&c.broker, "broker", "tcp://127.0.0.1:1883", "the hub's MQTT broker")
	fs.BoolVar(&c.fullscreen, "fullscreen", false, "fill the screen")
	fs.StringVar(&c.credentials, "credentials", "credentials.json", "the display's MQTT credentials file (0600), from its enrolment")
	fs.StringVar(&c.enrol, "enrol", "", "a one-time enrolment code from the console: exchanged at -hub for the credentials file at first start")
	fs.StringVar(&c.hub, "hub", "http://127.0.0.1:8080", "the hub's web address, for -enrol")
	fs.StringVar(&c.caSHA256, "ca-sha256", "", "the SHA-256 fingerprint of the hub's CA the console shows with the code; checked when given")
	fs.StringVar(&c.soundOut, "sound-out", "aplay", "where calls are heard (chime and speech): aplay, off, or a folder to write them into as WAV files")
	fs.StringVar(&c.soundDevice, "sound-device", "default", "the ALSA device aplay plays calls on")
	fs.StringVar(&c.callLight, "call-light", "", "GPIO pin of the call light above the counter, such as GPIO27: lit from a call until the visit begins (-mode counter)")
	fs.BoolVar(&c.callLightBlink, "call-light-blink", false, "blink the call light instead of a steady light")
	if err := fs.Parse(args); err != nil {
		return c, err
	}
	return c, c.validate()
}

func (c config) validate() error {
	switch {
	case c.mode != "queue" && c.mode != "counter":
		return fmt.Errorf("-mode %q: want queue or counter", c.mode)
	case c.mode == "counter" && !wire.ValidID(c.room):
		return errors.New("-mode counter needs -room, an id of a-z, 0-9, - and _")
	case c.mode == "queue" && c.room != "":
		return errors.New("-room is for -mode counter only")
	case c.mode == "queue" && c.callLight != "":
		return errors.New("-call-light is for -mode counter only")
	case !wire.ValidID(c.site):
		return fmt.Errorf("-site %q: want an id of a-z, 0-9, - and _", c.site)
	case !wire.ValidID(c.device):
		return fmt.Errorf("-device %q: want an id of a-z, 0-9, - and _", c.device)
	case c.soundOut == "":
		return errors.New("-sound-out: want aplay, off or a folder")
	}
	return nil
}

// kind is how the device announces itself to the hub.
func (c config) kind() string { return c.mode + "-display" }

// defaultDevice derives a device id from the host name: "Aula-Näyttö.local"
// becomes "aula-n-ytt--local".
func defaultDevice() string {
	host, err := os.Hostname()
	if err != nil || host == "" {
		return "display"
	}
	return deviceID(host)
}

func deviceID(host string) string {
	id := strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '-', r == '_':
			return r
		case r >= 'A' && r <= 'Z':
			return r + 'a' - 'A'
		}
		return '-'
	}, host)
	if len(id) > 40 {
		id = id[:40]
	}
	return id
}
