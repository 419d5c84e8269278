// Command kiosk is the check-in kiosk at the entrance of a service centre:
// a touchscreen app that issues queue tickets from the hub and prints them.
//
//	kiosk -site lahti -broker tcp://127.0.0.1:1883 -credentials /var/lib/vuoro/credentials.json -printer virtual:/tmp/tickets -fullscreen
//
// At its first start a kiosk takes the one-time code of its enrolment in
// the console (-enrol CODE -hub http://hub:8080) and keeps the credentials
// it gets for it in the -credentials file; its device id is the enrolled one.
// With -ca-sha256 (shown by the console beside the code) it checks the CA
// of a hub serving MQTT over TLS (-broker ssl://hub:8883), and trusts only it.
//
// The agencies and services come from the hub's retained catalog. To try
// the kiosk without a hub, publish the demo catalog to any MQTT broker:
//
//	mosquitto -p 18831 &
//	mosquitto_pub -p 18831 -r -t vuoro/v1/lahti/catalog -f kiosk/cmd/kiosk/testdata/catalog.json
//	kiosk -broker tcp://127.0.0.1:18831 -printer virtual:/tmp/tickets
//
// Ticket requests then go unanswered and the kiosk says so after 15 s.
//
// The kiosk speaks while a headset is plugged into its jack (-headset
// auto finds the jack's input device, or names it: /dev/input/eventN;
// off ignores it) and from the first key pressed (-speech keys).
// The virtual printer writes each ticket as a PNG and a text file.
package main

import (
	"flag"
	"log/slog"
	"os"
	_ "time/tzdata" // tickets show Helsinki time even without a system zoneinfo
)

// config is the command line.
type config struct {
	site, device, broker, printer string
	credentials, enrol, hub       string // the device's credentials file; a one-time code to fill it at the hub
	caSHA256                      string // the hub CA's fingerprint the console showed with the code
	outbox                        string // the offline tickets' file; next to credentials if empty
	helpKey, lamp                 string // GPIO pin names; empty: none
	keyPrev, keyNext, keySelect   string // GPIO pin names of the focus keys; empty: none
	keyEvents                     string // a file of key names, one a line: a keypad remapper, tests
	speech, speechOut             string // on, keys or off; a folder for WAV files instead of aplay
	speechDevice                  string // aplay's ALSA device
	headset                       string // the headphone jack: auto, off or /dev/input/eventN
	barcode                       string // the barcode reader: serial:PATH[@BAUD] or evdev:PATH; empty: none
	fullscreen                    bool
	paper                         int
	adminPIN                      string // the file of the admin PIN's bcrypt hash; empty: none
	hashPIN                       bool   // print the hash of a PIN read from stdin, and exit
}

func main() {
	var c config
	flag.StringVar(&c.site, "site", "lahti", "site id")
	flag.StringVar(&c.device, "device", "kiosk-1", "this kiosk's device id")
	flag.StringVar(&c.broker, "broker", "tcp://127.0.0.1:1883", "the hub's MQTT broker")
	flag.StringVar(&c.printer, "printer", "virtual:tickets", "ticket printer: serial:/dev/ttyUSB0[@38400], usb:/dev/usb/lp0, tcp:HOST[:9100], or virtual:DIR (PNG and text receipts in DIR)")
	flag.BoolVar(&c.fullscreen, "fullscreen", false, "fill the screen")
	flag.StringVar(&c.credentials, "credentials", "credentials.json", "the kiosk's MQTT credentials file (0600), from its enrolment")
	flag.StringVar(&c.enrol, "enrol", "", "a one-time enrolment code from the console: exchanged at -hub for the credentials file at first start")
	flag.StringVar(&c.outbox, "outbox", "", "the file of the kiosk's blocks of numbers and the tickets it issued without the hub (default outbox.db next to -credentials)")
	flag.StringVar(&c.hub, "hub", "http://127.0.0.1:8080", "the hub's web address, for -enrol")
	flag.StringVar(&c.caSHA256, "ca-sha256", "", "the SHA-256 fingerprint of the hub's CA the console shows with the code; checked when given")
	flag.StringVar(&c.helpKey, "help-key", "", "GPIO pin of a physical Help key, such as GPIO17 (none by default)")
	flag.StringVar(&c.lamp, "lamp", "", "GPIO pin of a status lamp: lit while the hub is reachable, blinking while not")
	flag.StringVar(&c.barcode, "barcode", "", "barcode reader for check-in by card: serial:/dev/ttyACM0[@9600] or evdev:/dev/input/eventN (none by default)")
	flag.StringVar(&c.keyPrev, "key-prev", "", "GPIO pin of the Previous key: moves the focus back (none by default)")
	flag.StringVar(&c.keyNext, "key-next", "", "GPIO pin of the Next key: moves the focus on (none by default)")
	flag.StringVar(&c.keySelect, "key-select", "", "GPIO pin of the Select key: chooses the focused choice (none by default)")
	flag.StringVar(&c.keyEvents, "key-events", "", "a file (FIFO, pseudo-terminal) whose lines prev, next, select, help are key presses")
	flag.StringVar(&c.speech, "speech", "keys", "speech: on (always, from the start), keys (while a headset is plugged in, and from the first key pressed) or off")
	flag.StringVar(&c.headset, "headset", "auto", "the headphone jack's input device, whose headset turns speech on while plugged in: auto (found under /sys/class/input; none found: none), off, or /dev/input/eventN")
	flag.StringVar(&c.speechOut, "speech-out", "", "write the speech as WAV files into this folder instead of playing it with aplay")
	flag.StringVar(&c.speechDevice, "speech-device", "default", "ALSA device aplay plays the speech on: the headset's")
	flag.IntVar(&c.paper, "paper", 80, "paper width in mm: 80 or 58")
	flag.StringVar(&c.adminPIN, "admin-pin", "", "file holding the bcrypt hash of the installer's admin PIN (from -hash-pin); leaving full screen or closing the window asks for the PIN. With -fullscreen and no file, neither is possible from the kiosk")
	flag.BoolVar(&c.hashPIN, "hash-pin", false, "read a 6-12 digit PIN from stdin, print its hash for the -admin-pin file, and exit")
	flag.Parse()
	if c.hashPIN {
		os.Exit(hashPIN())
	}
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	if err := run(c, log); err != nil {
		log.Error("kiosk stopped", "err", err)
		os.Exit(1)
	}
}
