package printer

import (
	"fmt"
	"net"
	"strconv"
	"strings"
)

// Kind is how a printer is attached.
type Kind string

// The kinds of Spec.
const (
	Serial  Kind = "serial"  // a serial port
	USB     Kind = "usb"     // a USB printer class device
	TCP     Kind = "tcp"     // a network printer
	Virtual Kind = "virtual" // the virtual printer of package escpostest, writing into a folder
)

// DefaultBaud is the speed of a serial port whose spec names none, the
// factory setting of TM-T20 and TM-T88 serial interfaces.
const DefaultBaud = 38400

// DefaultPort is the TCP port of a network printer whose spec names none.
const DefaultPort = "9100"

// Spec names a printer: Kind and where it is.
type Spec struct {
	Kind Kind
	Path string // the device of Serial and USB; the folder of Virtual
	Addr string // host:port of TCP
	Baud int    // bits per second of Serial
}

// ParseSpec reads "serial:/dev/ttyUSB0", "serial:/dev/ttyUSB0@9600",
// "usb:/dev/usb/lp0", "tcp:192.0.2.10:9100" (port 9100 if left out) or
// "virtual:DIR".
func ParseSpec(s string) (Spec, error) {
	kind, arg, ok := strings.Cut(s, ":")
	if !ok || arg == "" {
		return Spec{}, fmt.Errorf("printer %q: want KIND:WHERE, as serial:/dev/ttyUSB0, usb:/dev/usb/lp0, tcp:HOST:9100 or virtual:DIR", s)
	}
	switch Kind(kind) {
	case Serial:
		return parseSerial(s, arg)
	case USB, Virtual:
		return Spec{Kind: Kind(kind), Path: arg}, nil
	case TCP:
		return parseTCP(s, arg)
	}
	return Spec{}, fmt.Errorf("printer %q: unknown kind %q, want serial, usb, tcp or virtual", s, kind)
}

func parseSerial(s, arg string) (Spec, error) {
	path, baud, hasBaud := strings.Cut(arg, "@")
	spec := Spec{Kind: Serial, Path: path, Baud: DefaultBaud}
	if hasBaud {
		n, err := strconv.Atoi(baud)
		if err != nil || n <= 0 {
			return Spec{}, fmt.Errorf("printer %q: baud rate %q is not a positive number", s, baud)
		}
		spec.Baud = n
	}
	if path == "" {
		return Spec{}, fmt.Errorf("printer %q: no serial device", s)
	}
	return spec, nil
}

func parseTCP(s, addr string) (Spec, error) {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		if strings.Contains(addr, ":") && net.ParseIP(addr) == nil {
			return Spec{}, fmt.Errorf("printer %q: %w", s, err)
		}
		host, port = addr, DefaultPort // a host or an IPv6 address without a port
	}
	if host == "" {
		return Spec{}, fmt.Errorf("printer %q: no host", s)
	}
	if n, err := strconv.Atoi(port); err != nil || n < 1 || n > 65535 {
		return Spec{}, fmt.Errorf("printer %q: port %q is not 1..65535", s, port)
	}
	return Spec{Kind: TCP, Addr: net.JoinHostPort(host, port)}, nil
}

// String returns the spec as ParseSpec reads it.
func (s Spec) String() string {
	switch s.Kind {
	case Serial:
		return fmt.Sprintf("serial:%s@%d", s.Path, s.Baud)
	case TCP:
		return "tcp:" + s.Addr
	}
	return string(s.Kind) + ":" + s.Path
}
