package i18n

// checkinTexts are the texts of the check-in for an appointment, in
// Finnish, Swedish and English; init puts them in the catalogue.
var checkinTexts = map[Key][3]string{
	CheckInHere:       {"Ilmoittaudu tästä", "Anmäl dig här", "Check in here"},
	HaveNoAppointment: {"Minulla ei ole ajanvarausta", "Jag har ingen tidsbokning", "I have no appointment"},
	HaveAppointment:   {"Minulla on ajanvaraus", "Jag har en tidsbokning", "I have an appointment"},
	WithAppointment:   {"Ilmoittautuminen ajanvaraukselle", "Anmälan till en bokad tid", "Check-in for an appointment"},
	ScanCard: {"Lue Kela-kortti, henkilökortti tai ajokortti viivakoodinlukijalla.",
		"Läs FPA-kortet, identitetskortet eller körkortet med streckkodsläsaren.",
		"Read your Kela card, ID card or driving licence at the barcode reader."},
	ReaderWhere: {"Lukija on laitteen oikeassa reunassa.", "Läsaren finns på apparatens högra kant.",
		"The reader is at the right edge of the device."},
	OrType:          {"Kirjoita nimi ja aika", "Skriv namn och tid", "Type name and time"},
	TypeNameTime:    {"Kirjoita nimesi ja ajanvarauksesi aika", "Skriv ditt namn och din bokade tid", "Type your name and your appointment time"},
	NameField:       {"Nimi", "Namn", "Name"},
	NamePlaceholder: {"Etunimi Sukunimi", "Förnamn Efternamn", "First name Last name"},
	TimeField:       {"Ajanvarauksen aika", "Bokad tid", "Appointment time"},
	TimePlaceholder: {"00:00", "00:00", "00:00"},
	Continue:        {"Jatka", "Fortsätt", "Continue"},
	Space:           {"Välilyönti", "Mellanslag", "Space"},
	Erase:           {"Poista", "Radera", "Delete"},
	CheckingIn: {"Odota hetki, ajanvaraustasi etsitään.", "Ett ögonblick, vi söker din tidsbokning.",
		"One moment, we are looking for your appointment."},
	Greeting: {"Tervetuloa, %s!", "Välkommen, %s!", "Welcome, %s!"},
	CalledAt: {"Sinut kutsutaan ajanvarauksesi aikaan klo %s.", "Du blir uppropad vid din bokade tid kl. %s.",
		"You will be called at your appointment time, %s."},
	GoToRoom: {"Huone %s", "Rum %s", "Room %s"},
	NoMatch: {"Ajanvaraustasi ei löytynyt tältä päivältä. Tarkista nimi ja aika tai käänny palveluneuvojan puoleen.",
		"Vi hittade ingen tidsbokning för dig i dag. Kontrollera namnet och tiden eller vänd dig till servicerådgivaren.",
		"We could not find your appointment for today. Check the name and time, or go to the service advisor."},
	Ambiguous: {"Nimelläsi löytyi useampi ajanvaraus. Käänny palveluneuvojan puoleen, niin hän ilmoittaa sinut.",
		"Vi hittade flera tidsbokningar. Vänd dig till servicerådgivaren, som anmäler dig.",
		"We found more than one appointment. Please go to the service advisor, who will check you in."},
	CardUnreadable: {"Kortin koodia ei voitu käyttää.", "Kortets kod kunde inte användas.", "The card's code could not be used."},
	CardRetry: {"Yritä uudelleen tai kirjoita nimesi ja aika.", "Försök igen eller skriv ditt namn och tiden.",
		"Try again, or type your name and time."},
	ReasonNone: {"Koodissa ei ole henkilötunnusta.", "Koden innehåller ingen personbeteckning.",
		"The code holds no personal identity code."},
	ReasonFormat: {"Koodin henkilötunnus ei ole oikean muotoinen.", "Personbeteckningen i koden har fel form.",
		"The personal identity code in it is not well formed."},
	ReasonCentury: {"Henkilötunnuksen välimerkki on tuntematon.", "Skiljetecknet i personbeteckningen är okänt.",
		"The century sign of the personal identity code is unknown."},
	ReasonDate: {"Henkilötunnuksen syntymäaikaa ei ole olemassa.", "Födelsedatumet i personbeteckningen finns inte.",
		"The date of birth in the personal identity code does not exist."},
	ReasonCheck: {"Henkilötunnuksen tarkistusmerkki ei täsmää.", "Personbeteckningens kontrolltecken stämmer inte.",
		"The check character of the personal identity code does not match."},
	TicketAppointment: {"Ajanvaraus klo %s", "Bokad tid kl. %s", "Appointment at %s"},
	TicketRoom:        {"Huone / Room %s", "Rum / Room %s", "Room %s"},
}

func init() {
	for k, t := range checkinTexts {
		fi[k], sv[k], en[k] = t[0], t[1], t[2]
	}
}
