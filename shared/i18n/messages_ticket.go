package i18n

// ticketTexts are the texts a ticket adds to the seed's (messages.go): the
// waiting room's label, the estimated wait and the follow link's QR code,
// in Finnish, Swedish and English; init puts them in the catalogue.
var ticketTexts = map[Key][3]string{
	TicketWaitingRoom: {"Odotusaula:", "Väntsal:", "Waiting room:"},
	TicketWaitRange:   {"Arvioitu odotusaika: noin %d–%d min", "Beräknad väntetid: cirka %d–%d min", "Estimated wait: about %d–%d min"},
	TicketWaitAbout:   {"Arvioitu odotusaika: noin %d min", "Beräknad väntetid: cirka %d min", "Estimated wait: about %d min"},
	TicketWaitSoon:    {"Arvioitu odotusaika: alle minuutti", "Beräknad väntetid: under en minut", "Estimated wait: under a minute"},
	TicketFollow:      {"Seuraa vuoroasi puhelimella:", "Följ din tur i telefonen:", "Follow your turn on your phone:"},
}

func init() {
	for k, t := range ticketTexts {
		fi[k], sv[k], en[k] = t[0], t[1], t[2]
	}
}
