package portal

import "vuoro/hub/voucher"

// demoProviders are Lahti's approved providers of the demo.
var demoProviders = []voucher.Provider{
	{ID: "kotiapu-salmi", Login: "kotiapu", Name: "Kotiapu Salmi Oy", Municipality: "lahti", Address: "Aleksanterinkatu 18", City: "Lahti",
		StepFree: true, Accessibility: "Katutason sisäänkäynti, invapysäköinti pihalla.",
		Description: map[string]string{"fi": "Kotihoitoa ja kotisiivousta arkisin 7–21, myös viikonloppuisin sovittaessa.",
			"sv": "Hemvård och hemstädning vardagar 7–21, veckoslut enligt överenskommelse.",
			"en": "Home care and cleaning on weekdays 7–21, weekends by arrangement."},
		Offers: []voucher.Offer{{Service: "kotihoito", Price: 4200, Unit: "hour"}, {Service: "siivous", Price: 3650, Unit: "hour"}}},
	{ID: "vellamo", Login: "vellamo", Name: "Hoivakoti Vellamo", Municipality: "lahti", Address: "Vesijärvenkatu 11", City: "Lahti",
		StepFree: true, Accessibility: "Hissi, induktiosilmukka, esteetön wc.",
		Description: map[string]string{"fi": "Omaishoidon vapaat ja tehostettu palveluasuminen Vesijärven rannalla.",
			"sv": "Ledighet för närståendevårdare och serviceboende vid Vesijärvi.",
			"en": "Respite for family carers and 24-hour assisted living by lake Vesijärvi."},
		Offers: []voucher.Offer{{Service: "omaishoito", Price: 9500, Unit: "visit"}, {Service: "palveluasuminen", Price: 14800, Unit: "visit"}}},
	{ID: "liike", Login: "liike", Name: "Fysioterapia Liike", Municipality: "lahti", Address: "Rautatienkatu 21", City: "Lahti",
		Accessibility: "Toinen kerros, ei hissiä. Kotikäynnit mahdollisia.",
		Description: map[string]string{"fi": "Fysioterapiaa vastaanotolla ja kotikäynteinä.",
			"sv": "Fysioterapi på mottagningen och som hembesök.", "en": "Physiotherapy at the clinic and as home visits."},
		Offers: []voucher.Offer{{Service: "fysioterapia", Price: 5800, Unit: "visit"}}},
	{ID: "siisti-koti", Login: "siisti", Name: "Siisti Koti Hollola", Municipality: "lahti", Address: "Virastotie 3", City: "Hollola",
		StepFree: true, Accessibility: "Palvelu annetaan asiakkaan kotona.",
		Description: map[string]string{"fi": "Kotisiivousta Lahden seudulla, myös ikkunanpesut.",
			"sv": "Hemstädning i Lahtiregionen, även fönstertvätt.", "en": "Home cleaning in the Lahti region, windows too."},
		Offers: []voucher.Offer{{Service: "siivous", Price: 3390, Unit: "hour"}, {Service: "kotihoito", Price: 4450, Unit: "hour"}}},
}
