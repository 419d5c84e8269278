package follow

import (
	"fmt"

	"vuoro/shared/i18n"
)

// texts are the pages' words in Finnish, Swedish and English.
var texts = map[string][3]string{
	"follow.title":  {"Vuorosi", "Din tur", "Your turn"},
	"number":        {"Vuoronumero", "Könummer", "Your number"},
	"queue":         {"Jono", "Kö", "Queue"},
	"ahead":         {"Edelläsi jonossa: %d", "Före dig i kön: %d", "Ahead of you: %d"},
	"next":          {"Olet seuraavana vuorossa.", "Du är näst på tur.", "You are next."},
	"wait":          {"Arvioitu odotus noin %d–%d min", "Beräknad väntetid cirka %d–%d min", "Estimated wait about %d–%d min"},
	"nowait":        {"Odotusaikaa ei voi vielä arvioida.", "Väntetiden kan inte uppskattas ännu.", "The wait cannot be estimated yet."},
	"called":        {"Kutsuttu huoneeseen %s", "Kallad till rum %s", "Called to room %s"},
	"called.go":     {"Mene huoneeseen %s nyt.", "Gå till rum %s nu.", "Please go to room %s now."},
	"serving":       {"Palvelussa huoneessa %s", "Betjänas i rum %s", "Being served in room %s"},
	"held":          {"Vuorosi on pidossa. Virkailija kutsuu sinut myöhemmin.", "Din tur är parkerad. Handläggaren kallar dig senare.", "Your turn is on hold. A clerk will call you later."},
	"ended":         {"Käynti on päättynyt.", "Besöket har avslutats.", "The visit has ended."},
	"left":          {"Poistuit jonosta. Kiitos, että ilmoitit.", "Du lämnade kön. Tack för att du meddelade.", "You left the queue. Thank you for letting us know."},
	"live":          {"Sivu päivittyy itsestään.", "Sidan uppdateras automatiskt.", "This page updates by itself."},
	"reload":        {"Päivitä sivu nähdäksesi tilanteen.", "Ladda om sidan för att se läget.", "Reload the page to see where you are."},
	"leave":         {"Poistun jonosta", "Jag lämnar kön", "I am leaving"},
	"leave.reason":  {"Syy", "Orsak", "Reason"},
	"no-time":       {"En ehdi odottaa", "Jag hinner inte vänta", "I cannot wait any longer"},
	"solved":        {"Asia hoitui muuten", "Ärendet ordnade sig", "My matter was settled otherwise"},
	"come-later":    {"Tulen toisena päivänä", "Jag kommer en annan dag", "I will come another day"},
	"other":         {"Muu syy", "Annan orsak", "Another reason"},
	"confirm.title": {"Poistutko jonosta?", "Lämnar du kön?", "Are you leaving?"},
	"confirm.text":  {"Numerosi %s poistetaan jonosta, eikä sitä kutsuta.", "Ditt nummer %s tas bort ur kön och kallas inte.", "Your number %s is taken out of the queue and will not be called."},
	"confirm.yes":   {"Kyllä, poistun", "Ja, jag lämnar", "Yes, I am leaving"},
	"confirm.no":    {"Ei, jään jonoon", "Nej, jag stannar", "No, I will stay"},
	"join.title":    {"Ilmoittaudu jonoon", "Anmäl dig till kön", "Check in to the queue"},
	"join.agency":   {"Valitse virasto", "Välj myndighet", "Choose the agency"},
	"join.service":  {"Valitse asia", "Välj ärende", "Choose the service"},
	"join.closed":   {"suljettu", "stängd", "closed"},
	"join.back":     {"Takaisin virastoihin", "Tillbaka till myndigheterna", "Back to the agencies"},
	"join.expired":  {"Koodi on vanhentunut", "Koden har gått ut", "This code has expired"},
	"join.rescan":   {"Koodi vaihtuu joka minuutti. Skannaa odotusaulan näytön QR-koodi uudelleen.", "Koden byts varje minut. Skanna QR-koden på väntsalens skärm igen.", "The code changes every minute. Scan the QR code on the waiting room screen again."},
	"join.refused":  {"Vuoronumeroa ei voitu antaa", "Könummer kunde inte ges", "No number could be given"},
	"join.unavail":  {"Tähän jonoon ei voi nyt ilmoittautua. Valitse toinen asia tai kysy neuvojalta.", "Du kan inte anmäla dig till den här kön nu. Välj ett annat ärende eller fråga en rådgivare.", "This queue takes no check-ins now. Choose another service or ask an advisor."},
	"notfound":      {"Vuoroa ei löydy", "Turen hittades inte", "Turn not found"},
	"notfound.text": {"Linkki ei ole voimassa.", "Länken är inte giltig.", "The link is not valid."},
	"language":      {"Kieli", "Språk", "Language"},
}

// t is the text of key in lang, formatted with args.
func t(lang i18n.Lang, key string, args ...any) string {
	v, ok := texts[key]
	if !ok {
		return "!" + key
	}
	s := v[langIndex(lang)]
	if len(args) > 0 {
		s = fmt.Sprintf(s, args...)
	}
	return s
}

func langIndex(lang i18n.Lang) int {
	switch lang {
	case i18n.SV:
		return 1
	case i18n.EN:
		return 2
	}
	return 0
}

// name is a catalogue name in lang, else in Finnish.
func name(names map[string]string, lang i18n.Lang) string {
	if n := names[string(lang)]; n != "" {
		return n
	}
	return names["fi"]
}
