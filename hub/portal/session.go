package portal

import (
	"time"

	"vuoro/hub/portal/suomifi"
	"vuoro/hub/voucher"
	"vuoro/hub/webkit"
)

// A portal login lasts 30 minutes unused and 8 hours at most.
const (
	sessionIdle     = 30 * time.Minute
	sessionAbsolute = 8 * time.Hour
)

type kind int

const (
	kindNone kind = iota
	kindStaff
	kindProvider
	kindCitizen
)

// userData is what a portal session keeps. A citizen's holds their
// personal identity code: it stays on the server, in the portal's data
// file, until the session ends.
type userData struct {
	Kind   kind             `json:"kind"`
	Login  string           `json:"login,omitempty"`   // staff and providers
	Person voucher.Person   `json:"person,omitzero"`   // citizens: who logged in
	ID     suomifi.Identity `json:"id,omitzero"`       // citizens: for single logout
	ActFor string           `json:"act_for,omitempty"` // citizens: the HETU they act for
	// Basis is why a citizen may act for ActFor: voucher.BasisProxy or
	// voucher.BasisMandate; ActName is the name Suomi.fi Mandates gave.
	Basis   string `json:"basis,omitempty"`
	ActName string `json:"act_name,omitempty"`
	// Mandate is the Suomi.fi Mandates session of a selection under way.
	Mandate string `json:"mandate,omitempty"`
}

// session is a logged-in user.
type session = webkit.Session[userData]

func newSessions(o Options) *webkit.Sessions[userData] {
	return webkit.NewSessions[userData](webkit.SessionOptions{Store: o.Sessions, Name: "portal", Idle: sessionIdle,
		Absolute: sessionAbsolute, Now: o.Clock.Now, Logger: o.Logger})
}
