package voucher

// Citizen is a strongly identified person acting in the portal.
type Citizen struct {
	HETU string // empty for a foreign eIDAS user: they have no vouchers
}

// May reports whether the citizen may see v: their own, or one whose
// client named them proxy.
func (c Citizen) May(v Voucher) bool {
	return c.HETU != "" && (v.Citizen.HETU == c.HETU || v.Proxy.HETU == c.HETU)
}

// MayFor reports whether the citizen, acting for principal, may see v.
func (c Citizen) MayFor(principal string, v Voucher) bool {
	return c.May(v) && v.Citizen.HETU == principal
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
