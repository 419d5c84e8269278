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

	numKeys // keep last
)
