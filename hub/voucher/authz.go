package voucher

// Citizen is a strongly identified person acting in the portal.
type Citizen struct {
	HETU string // empty for a foreign eIDAS user: they have no vouchers
	// Mandate is the person whose mandate for the vouchers' matter
	// Suomi.fi Mandates confirmed in this login; empty if none.
	Mandate string
}

// May reports whether the citizen may see v: their own, or one whose
// client named them proxy.
func (c Citizen) May(v Voucher) bool {
	return c.HETU != "" && (v.Citizen.HETU == c.HETU || v.Proxy.HETU == c.HETU)
}

// MayFor reports whether the citizen, acting for principal, may see v:
// the principal's voucher, which is the citizen's own, names them proxy,
// or is of the principal whose mandate Suomi.fi Mandates confirmed.
func (c Citizen) MayFor(principal string, v Voucher) bool {
	return v.Citizen.HETU == principal && (c.May(v) || (c.HETU != "" && c.Mandate != "" && c.Mandate == principal))
}

// May reports whether the staff user may see v: vouchers of their own
// municipality only.
func (u Staff) May(v Voucher) bool {
	return u.Municipality != "" && v.Municipality == u.Municipality
}

// ProviderMay reports whether provider has entered the number of voucher.
func (s *State) ProviderMay(provider string, voucher uint64) bool {
	_, ok := s.access[provider][voucher]
	return ok
}

// Principals returns the people c may act for: c first, then everyone who
// named c their proxy, each once.
func (s *State) Principals(c Citizen, self Person) []Person {
	out := []Person{self}
	seen := map[string]bool{c.HETU: true}
	for _, v := range s.Vouchers(c.May) {
		if !seen[v.Citizen.HETU] {
			seen[v.Citizen.HETU] = true
			out = append(out, v.Citizen)
		}
	}
	return out
}

// Grounds on which a citizen acts for someone else (Seen.Basis).
const (
	BasisProxy   = "proxy"   // the municipality named them proxy on the voucher
	BasisMandate = "mandate" // Suomi.fi Mandates confirmed a mandate for the matter
)
