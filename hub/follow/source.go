package follow

import (
	"time"

	"vuoro/hub/queue"
)

// View is what the follow page shows of a visit: nothing personal.
type View struct {
	Visit   uint64
	CallID  string
	Service map[string]string // the queue's names by language
	Status  queue.Status
	Ahead   int    // waiting: how many will be called first
	Room    string // called or in service: where
	// WaitMin and WaitMax are the estimated wait, when the source has one
	// (zero WaitMax: no estimate).
	WaitMin, WaitMax time.Duration
	Note             string // why an ended visit ended ("left: …")
}

// Source finds the visit of a follow token. The engine's own follow
// tokens, when the hub has them, are one; EngineSource is the package's
// own, over the engine and Keys.
type Source interface {
	Lookup(token string) (View, bool)
	Token(visit uint64) string
}

// EngineSource reads visits from the queue engine by the tokens of Keys.
type EngineSource struct {
	Eng  *queue.Engine
	Keys Keys
}

// Token is the follow token of visit.
func (s EngineSource) Token(visit uint64) string { return s.Keys.Token(visit) }

// Lookup returns the view of the token's visit.
func (s EngineSource) Lookup(token string) (View, bool) {
	id, ok := s.Keys.Visit(token)
	if !ok {
		return View{}, false
	}
	var v View
	s.Eng.Read(func(st *queue.State) {
		var t queue.Ticket
		if t, ok = st.Ticket(id); !ok {
			return
		}
		v = View{Visit: id, CallID: t.CallID, Status: t.Status, Ahead: st.Ahead(id), Room: t.Room, Note: t.Note}
		if sv, found := st.Service(t.Service); found {
			v.Service = sv.Names
		}
	})
	return v, ok
}
