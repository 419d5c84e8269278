package voucher

// ServiceType is a kind of service a voucher buys.
type ServiceType struct {
	ID    string
	Names map[string]string // by language: fi, sv, en
}

// Name returns the name in lang, Finnish when there is none.
func (t ServiceType) Name(lang string) string {
	if n, ok := t.Names[lang]; ok {
		return n
	}
	return t.Names["fi"]
}

// ServiceTypes are the service types municipalities grant vouchers for.
var ServiceTypes = []ServiceType{
	{"kotihoito", map[string]string{"fi": "Kotihoito", "sv": "Hemvård", "en": "Home care"}},
	{"siivous", map[string]string{"fi": "Kotisiivous", "sv": "Hemstädning", "en": "Home cleaning"}},
	{"omaishoito", map[string]string{"fi": "Omaishoidon vapaa", "sv": "Ledighet för närståendevårdare", "en": "Respite for family carers"}},
	{"fysioterapia", map[string]string{"fi": "Fysioterapia", "sv": "Fysioterapi", "en": "Physiotherapy"}},
	{"palveluasuminen", map[string]string{"fi": "Tehostettu palveluasuminen", "sv": "Serviceboende med heldygnsomsorg", "en": "24-hour assisted living"}},
}

// Service returns the service type with id.
func Service(id string) (ServiceType, bool) {
	for _, t := range ServiceTypes {
		if t.ID == id {
			return t, true
		}
	}
	return ServiceType{}, false
}
