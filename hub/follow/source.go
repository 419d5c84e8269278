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

// Source finds the visit of a follow token.
type Source interface {
	Lookup(token string) (View, bool)
}

// EngineSource reads visits from the queue engine by the follow tokens it
// gives every ticket it issues (queue.Issued.FollowToken).
type EngineSource struct {
	Eng *queue.Engine
}

// Lookup returns the view of the token's visit.
func (s EngineSource) Lookup(token string) (View, bool) {
	f, err := s.Eng.Follow(token)
	if err != nil {
		return View{}, false
	}
	v := View{Visit: f.Visit, CallID: f.CallID, Status: f.Status, Ahead: f.Ahead, Room: f.Room, Note: f.Note}
	if f.Estimate != nil {
		v.WaitMin, v.WaitMax = time.Duration(f.Estimate.Low)*time.Minute, time.Duration(f.Estimate.High)*time.Minute
	}
	s.Eng.Read(func(st *queue.State) {
		if sv, found := st.Service(f.Service); found {
			v.Service = sv.Names
		}
	})
	return v, true
}
