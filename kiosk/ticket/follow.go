package ticket

import (
	"strings"

	"vuoro/drivers/escpos"
	"vuoro/kiosk/flow"
	"vuoro/shared/i18n"
	"vuoro/shared/wire"
)

// estimate is the estimated wait in words: a range, one number when the
// range is one, or under a minute.
func estimate(l i18n.Lang, est wire.Estimate) string {
	switch {
	case est.High == 0:
		return tr(l, i18n.TicketWaitSoon)
	case est.Low == est.High:
		return tr(l, i18n.TicketWaitAbout, est.Low)
	}
	return tr(l, i18n.TicketWaitRange, est.Low, est.High)
}

// The follow link's QR code: modules of 5 dots (0.6 mm), for a phone's
// camera at arm's length, or 4 or 3 if 5 do not fit; error correction M.
const qrModule = 5

// followCode prints the ticket's follow link as a QR code, with a line
// saying what it is for, when the hub gave one and the kiosk knows the
// hub's public URL. A link too long for the paper's width goes unprinted:
// the ticket is printed all the same.
func followCode(e *escpos.Encoder, info flow.TicketInfo) {
	link := FollowURL(info)
	v, err := escpos.QRVersion(link, escpos.DefaultQRLevel)
	if link == "" || err != nil {
		return
	}
	for module := qrModule; module >= qrModule-2; module-- {
		if (17+4*v)*module <= e.Paper().Dots() {
			e.Feed(1)
			lines(e, tr(info.Lang, i18n.TicketFollow))
			e.QR(link, escpos.QROptions{Module: module})
			return
		}
	}
}

// FollowURL is the link of the ticket's follow page: the hub's public URL
// and the ticket's follow path; empty if either is missing.
func FollowURL(info flow.TicketInfo) string {
	if info.PublicURL == "" || info.Ticket.Follow == "" {
		return ""
	}
	return strings.TrimSuffix(info.PublicURL, "/") + info.Ticket.Follow
}
