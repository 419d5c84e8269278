package i18n

// The keys of the catalogue. A comment shows the Finnish text; %s and %d are
// the arguments T expects.
const (
	Help               Key = iota // Apua
	Cancel                        // Peruuta
	Larger                        // Suurenna
	Smaller                       // Pienennä
	Back                          // Takaisin
	Welcome                       // Tervetuloa ilmoittautumaan!
	StartHere                     // Aloita tästä
	ChooseAgency                  // Valitse virasto, jonka palveluun haluat ilmoittautua
	NoAppointment                 // Ilmoittautuminen ilman ajanvarausta
	ChooseService                 // Ilmoittaudu palveluun
	ServiceClosed                 // %s (suljettu): a closed service's button
	Issuing                       // Odota hetki, vuoronumeroasi tulostetaan.
	Success                       // Ilmoittautuminen onnistui!
	YourNumber                    // Vuoronumerosi on %s
	AheadNone                     // Olet jonossa ensimmäisenä
	AheadOne                      // Edelläsi jonossa 1 henkilö
	AheadMany                     // Edelläsi jonossa %d henkilöä
	ClosesInOne                   // Tiedot suljetaan automaattisesti 1 sekunnin kuluttua
	ClosesIn                      // Tiedot suljetaan automaattisesti %d sekunnin kuluttua
	Failed                        // Ilmoittautuminen ei onnistunut
	ErrUnavailable                // Ilmoittautuminen ei juuri nyt onnistu. Pyydä apua neuvojalta.
	ErrClosed                     // the chosen service is closed
	ErrFull                       // the chosen service's queue is full
	PrinterFailed                 // the ticket was issued but not printed
	HelpComing                    // Apua on tulossa
	HelpFailed                    // the help request did not reach the hub
	TicketCallID                  // Kutsutunniste
	TicketPersonal                // Tämä tuloste on henkilökohtainen
	TicketVisit                   // Käynti: %s, %s (waiting room, service)
	TicketAhead                   // Edelläsi jonossa: %d
	HelpCalling                   // Kutsutaan apua…: until the hub has recorded the request
	HelpTaken                     // an advisor has seen the request and is coming
	AheadUnknown                  // a ticket issued offline: the people ahead are not known
	OutOfService                  // the start screen of a kiosk with no hub and no numbers left
	OutOfServiceHelp              // what to do then
	ServiceUnavailable            // %s (ei käytettävissä): a service with no numbers left while offline
	ConnectionLost                // Yhteys katkennut: no heartbeat from the hub
	PrinterOut                    // Tulostin ei toimi: the start screen while the printer cannot print
	PrinterOutHelp                // no numbers now, ask the advisors
	NumberOnlyNote                // the printer is out, the number is shown on the screen (number-only check-in)
	NotPrinted                    // the number on the success screen was not printed

	// Check-in for an appointment (messages_checkin.go).
	CheckInHere       // Ilmoittaudu tästä
	HaveNoAppointment // Minulla ei ole ajanvarausta
	HaveAppointment   // Minulla on ajanvaraus
	WithAppointment   // Ilmoittautuminen ajanvaraukselle
	ScanCard          // Lue Kela-kortti, henkilökortti tai ajokortti viivakoodinlukijalla.
	ReaderWhere       // Lukija on laitteen oikeassa reunassa.
	OrType            // Tai kirjoita nimesi ja ajanvarauksesi aika
	TypeNameTime      // the typing screen's title
	NameField         // Nimi
	NamePlaceholder   // Etunimi Sukunimi
	TimeField         // Ajanvarauksen aika
	TimePlaceholder   // 00:00
	Continue          // Jatka
	Space             // Välilyönti
	Erase             // Poista
	CheckingIn        // Odota hetki, ajanvaraustasi etsitään.
	Greeting          // Tervetuloa, %s!
	CalledAt          // Sinut kutsutaan ajanvarauksesi aikaan klo %s.
	GoToRoom          // Huone %s
	NoMatch           // no appointment fits: what to do next
	Ambiguous         // more than one fits: go to the service advisor
	CardUnreadable    // Kortin koodia ei voitu käyttää
	CardRetry         // Yritä uudelleen tai kirjoita nimesi ja aika.
	ReasonNone        // the code holds no personal identity code
	ReasonFormat      // not shaped like one, or two of them
	ReasonCentury     // unknown century sign
	ReasonDate        // no such date of birth
	ReasonCheck       // check character does not match
	TicketAppointment // Ajanvaraus klo %s
	TicketRoom        // Huone / Room on the ticket: Huone %s
	TooEarly          // before the appointment's check-in window
	TooEarlyAt        // the same, with when it opens: klo %s
	TooLate           // after the window: see the service advisor
	TicketWaitingRoom // Odotusaula: (label above the waiting room's name)
	TicketWaitRange   // Arvioitu odotusaika: noin %d–%d min
	TicketWaitAbout   // Arvioitu odotusaika: noin %d min
	TicketWaitSoon    // the estimate is under a minute
	TicketFollow      // Seuraa vuoroasi puhelimella (above the QR code)

	// The kiosk's screens (messages_screens.go).
	ServiceClosedUntil // %s – suljettu, avautuu klo %s
	ServiceClosedToday // %s – suljettu tänään
	ServicePaused      // %s – tauolla
	ServiceFull        // %s – täynnä tältä päivältä
	MoreTime           // Tarvitsetko lisää aikaa?
	MoreTimeYes        // Lisää aikaa
	MoreTimeEnds       // Näkymä suljetaan %d sekunnin kuluttua
	MoreTimeAnyKey     // spoken: any key gives more time
	JoinByPhone        // the printer is out: take a number with your phone, by the QR code

	numKeys // keep last
)
