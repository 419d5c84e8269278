// Package printer connects to a ticket printer: by serial port (RS-232 or
// a USB serial adapter, /dev/ttyUSB0), as a USB printer class device
// (/dev/usb/lp0) or over TCP to port 9100, and keeps the connection
// across the printer being switched off, unplugged or restarted.
//
// ParseSpec reads the installer's "serial:/dev/ttyUSB0@38400",
// "usb:/dev/usb/lp0" or "tcp:192.0.2.10:9100"; Open returns a Conn for it.
// A Conn opens the device at its first use, and on a failed read or write
// closes it and opens it again at the next use, so that the next ticket
// prints once the printer is back, without restarting the app; failed
// opens are retried no sooner than a backoff that doubles up to
// Options.MaxBackoff. A Conn is the io.ReadWriter that escpos.NewPrinter
// takes, with a read deadline.
//
// Serial ports are opened with github.com/tarm/serial, always with a read
// timeout: its Close waits for a pending Read, and a Read without a
// timeout waits for the printer to speak. The package never logs.
package printer
