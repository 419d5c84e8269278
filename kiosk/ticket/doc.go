// Package ticket composes the kiosk's printed queue ticket as ESC/POS and
// prints it.
//
// A ticket shows the call id in large print, that the printout is
// personal, the waiting room, the visit (waiting room and service), how
// many people are ahead, the time of issue in the site's time zone, and
// the call id as a CODE128 barcode when it fits.
// It never carries personal data: flow.TicketInfo has none to give.
package ticket
