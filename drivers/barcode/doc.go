// Package barcode reads the kiosk's barcode reader: citizens scan their Kela
// card, ID card or driving licence to check in for an appointment.
//
// A reader works in one of two modes, and both give the same *Reader:
//
//   - serial (RS-232 or USB CDC-ACM, /dev/ttyACM0): the reader sends each
//     code followed by CR, LF or CRLF. NewSerial decodes any io.Reader;
//     OpenSerial opens a device with github.com/tarm/serial.
//   - keyboard wedge (USB HID, /dev/input/eventN): the reader types each code
//     as key presses ending in Enter. NewEvdev decodes Linux input events
//     from any io.Reader; OpenEvdev opens the device and grabs it so that
//     the key presses never reach the kiosk's screen.
//
// Next returns one Scan at a time, stamped with the time of an injected
// clock. The same code again within Options.RepeatWindow is dropped.
// Garbage and over-long input come back as ErrGarbage and ErrTooLong, and
// reading goes on with the next code; a device that goes away ends the
// Reader with ErrUnplugged.
//
// A scanned code is personal data: it may be a henkilötunnus. Classify
// tells what a code is without keeping it, Scan prints without its code,
// and nothing in this package logs or puts a code in an error.
package barcode
