package queue

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"time"
)

// followTokenBytes is a follow token's randomness: 128 bits.
const followTokenBytes = 16

// newFollowToken returns a new follow token, 22 URL-safe characters from
// crypto/rand, and the hash the log and the state keep instead of it.
func newFollowToken() (token, hash string) {
	b := make([]byte, followTokenBytes)
	rand.Read(b) // never fails (crypto/rand's documentation)
	token = base64.RawURLEncoding.EncodeToString(b)
	return token, followHash(token)
}

// followHash is the SHA-256 of a follow token, base64url: what finds a
// visit by its token without keeping the token.
func followHash(token string) string {
	h := sha256.Sum256([]byte(token))
	return base64.RawURLEncoding.EncodeToString(h[:])
}

// Followed is a visit as its follow page shows it: no personal data.
type Followed struct {
	Visit   uint64 // the visit's id: what a citizen leaving ends
	CallID  string
	Service string
	Status  Status
	Ahead   int       // visits to be called before it, while it waits
	Room    string    // where it was called to, once called
	Called  time.Time // when; zero while waiting
	Note    string    // why an ended visit ended ("left: …")
	// Estimate is its wait now, while it waits and the wait is known.
	Estimate *Estimate
}

// Follow returns the visit whose follow token is token (FollowToken of
// its Issued), with its wait estimated now. A token that finds no visit,
// or one archived, is ErrNotFound.
func (e *Engine) Follow(token string) (Followed, error) {
	var out Followed
	var err error
	now := e.now()
	e.Read(func(s *State) {
		t := s.tickets[s.follows[followHash(token)]]
		if t == nil || token == "" {
			err = fmt.Errorf("%w: follow token", ErrNotFound)
			return
		}
		out = Followed{Visit: t.ID, CallID: t.CallID, Service: t.Service, Status: t.Status, Room: t.Room, Called: t.Called, Note: t.Note}
		if t.Status == Waiting {
			out.Ahead = s.Ahead(t.ID)
			if est, ok := s.EstimateWait(t.Service, out.Ahead, now); ok {
				out.Estimate = &est
			}
		}
	})
	return out, err
}

// followTokens keeps the tokens the engine gave, by kiosk request id, so a
// repeated request gets the token it got the first time. It is memory
// only: the hub keeps no token, only its hash, so a request repeated after
// a restart gets its ticket without one. It holds the newest
// maxFollowTokens; a kiosk repeats a request for minutes, not longer.
type followTokens struct {
	byRequest map[string]string
	order     []string
}

const maxFollowTokens = 4096

func (f *followTokens) put(request, token string) {
	if request == "" {
		return
	}
	if f.byRequest == nil {
		f.byRequest = map[string]string{}
	}
	if len(f.order) >= maxFollowTokens {
		delete(f.byRequest, f.order[0])
		f.order = f.order[1:]
	}
	f.byRequest[request] = token
	f.order = append(f.order, request)
}

// get returns the token request got, if it is still known and is the one
// of the visit whose hash is hash (a write that failed left none).
func (f *followTokens) get(request, hash string) string {
	if tok, ok := f.byRequest[request]; ok && hash != "" && followHash(tok) == hash {
		return tok
	}
	return ""
}
