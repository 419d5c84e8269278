package action

import (
	"strings"

	"vuoro/hub/queue"
	"vuoro/shared/wire"
)

// names are a thing's names by language, "fi", "sv" and "en"; a Finnish
// one is needed.
type names struct {
	Names map[string]string `json:"names"`
}

func (in names) trimmed() (map[string]string, error) {
	out := map[string]string{}
	for lang, n := range in.Names {
		if n = strings.TrimSpace(n); n != "" && (lang == "fi" || lang == "sv" || lang == "en") {
			out[lang] = n
		}
	}
	if out["fi"] == "" {
		return nil, errFiName
	}
	return out, nil
}

// agencyReq is an agency: its id and names.
type agencyReq struct {
	Agency string `json:"agency"`
	names
}

func (in agencyReq) agency() (queue.Agency, error) {
	a := queue.Agency{ID: strings.TrimSpace(in.Agency)}
	if !wire.ValidID(a.ID) {
		return a, errCatalogID
	}
	var err error
	a.Names, err = in.trimmed()
	return a, err
}

// serviceReq is a service: its id, agency, letter, names and whether it
// runs over several days.
type serviceReq struct {
	Service  string `json:"service"`
	Agency   string `json:"agency"`
	Letter   string `json:"letter"` // the call id's prefix
	MultiDay *bool  `json:"multi_day"`
	names
}

func (in serviceReq) update() (queue.ServiceUpdated, error) {
	v := queue.ServiceUpdated{ID: strings.TrimSpace(in.Service), Agency: in.Agency,
		Letter: strings.ToUpper(strings.TrimSpace(in.Letter)), MultiDay: in.MultiDay != nil && *in.MultiDay}
	if !wire.ValidID(v.ID) {
		return v, errCatalogID
	}
	var err error
	v.Names, err = in.trimmed()
	return v, err
}
