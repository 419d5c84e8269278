package demo

import "vuoro/hub/queue"

func site(id string) queue.Site {
	return queue.Site{ID: id, Name: "Lahden virastotalo", WaitingRoom: "Odotusaula Lahti", TimeZone: "Europe/Helsinki",
		Wayfinding: map[string]string{
			"fi": "Siirry odotusaulaan seuraamalla keltaista viivaa.",
			"sv": "Gå till väntsalen genom att följa den gula linjen.",
			"en": "Go to the waiting room by following the yellow line.",
		},
		WaitingRooms: []queue.WaitingArea{{ID: "aula", Names: names("Odotusaula Lahti", "Väntsal Lahtis", "Waiting room Lahti")}}}
}

type agency struct {
	id       string
	names    map[string]string
	services []queue.Service
}

func names(fi, sv, en string) map[string]string {
	return map[string]string{"fi": fi, "sv": sv, "en": en}
}

var agencies = []agency{
	{"dvv", names("Digi- ja väestötietovirasto", "Myndigheten för digitalisering och befolkningsdata", "Digital and Population Data Services Agency"), []queue.Service{
		{ID: "dvv-vaestotiedot", Letter: "D", Names: names("Väestötietoasiat", "Befolkningsuppgifter", "Population data")},
		{ID: "dvv-holhous", Letter: "H", Names: names("Holhousasiat", "Förmyndarskap", "Guardianship")},
	}},
	{"vero", names("Verohallinto", "Skatteförvaltningen", "Finnish Tax Administration"), []queue.Service{
		{ID: "vero-veroasiat", Letter: "R", Names: names("Veroasiat", "Skatteärenden", "Tax matters")},
		{ID: "vero-verokortit", Letter: "V", Names: names("Verokortit", "Skattekort", "Tax cards")},
		{ID: "vero-kansainvalinen", Letter: "I", Names: names("Kansainvälinen verotus", "Internationell beskattning", "International taxation")},
	}},
	{"ely", names("Elinkeino-, liikenne- ja ympäristökeskus", "Närings-, trafik- och miljöcentralen", "Centre for Economic Development, Transport and the Environment"), []queue.Service{
		{ID: "ely-yritys", Letter: "E", Names: names("Yritysasiat", "Företagsärenden", "Business services")},
		{ID: "ely-liikenne", Letter: "L", Names: names("Liikenneasiat", "Trafikärenden", "Transport matters")},
	}},
	{"mml", names("Maanmittauslaitos", "Lantmäteriverket", "National Land Survey of Finland"), []queue.Service{
		{ID: "mml-kiinteistot", Letter: "M", Names: names("Kiinteistöasiat", "Fastighetsärenden", "Real estate")},
		{ID: "mml-lainhuudot", Letter: "N", Names: names("Lainhuudot ja kiinnitykset", "Lagfarter och inteckningar", "Titles and mortgages")},
	}},
	{"kela", names("Kela (Kansaneläkelaitos)", "FPA (Folkpensionsanstalten)", "Kela (Social Insurance Institution)"), []queue.Service{
		{ID: "kela-asiointi", Letter: "K", Names: names("Kelan asiointi", "FPA:s kundtjänst", "Kela customer service")},
		{ID: "kela-toimeentulo", Letter: "T", Names: names("Toimeentulotuki", "Utkomststöd", "Social assistance")},
	}},
	{"ulosotto", names("Ulosottolaitos", "Utsökningsverket", "National Enforcement Authority"), []queue.Service{
		{ID: "ulosotto-asiat", Letter: "U", Names: names("Ulosottoasiat", "Utsökningsärenden", "Enforcement matters")},
	}},
}
