package i18n

// screenTexts are the texts of the kiosk's screens: a service's state
// before a tap and the question before a screen closes by itself.
var screenTexts = map[Key][3]string{
	ServiceClosedUntil: {"%s – suljettu, avautuu klo %s", "%s – stängd, öppnar kl. %s", "%s – closed, opens at %s"},
	ServiceClosedToday: {"%s – suljettu tänään", "%s – stängd i dag", "%s – closed today"},
	ServicePaused:      {"%s – tauolla", "%s – paus", "%s – paused"},
	ServiceFull: {"%s – täynnä, ei enää vuoroja tänään", "%s – fullt, inga fler nummer i dag",
		"%s – full, no more numbers today"},
	MoreTime:    {"Tarvitsetko lisää aikaa?", "Behöver du mer tid?", "Do you need more time?"},
	MoreTimeYes: {"Lisää aikaa", "Mer tid", "More time"},
	MoreTimeAnyKey: {"Paina mitä tahansa näppäintä, niin saat lisää aikaa", "Tryck på valfri knapp för mer tid",
		"Press any key for more time"},
	MoreTimeEnds: {"Näkymä suljetaan %d sekunnin kuluttua", "Vyn stängs om %d sekunder",
		"This screen closes in %d seconds"},
	JoinByPhone: {"Voit ottaa vuoronumeron puhelimellasi: skannaa koodi.",
		"Du kan ta ett könummer med din telefon: skanna koden.",
		"You can take a number with your phone: scan the code."},
}

func init() {
	for k, t := range screenTexts {
		fi[k], sv[k], en[k] = t[0], t[1], t[2]
	}
}
