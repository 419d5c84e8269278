package server

import (
	"crypto/hmac"
	"crypto/sha256"
	"fmt"
	"net/http"
	"time"

	"vuoro/hub/follow"
)

// followKeys are the keys of the citizen's follow tokens and join codes,
// derived from the data file's device key like the check-in key: they last
// as long as the data file and never leave the hub.
func (h *Hub) followKeys() (follow.Keys, error) {
	key, err := h.store.DeviceKey()
	if err != nil {
		return follow.Keys{}, fmt.Errorf("server: follow keys: %w", err)
	}
	m := hmac.New(sha256.New, key)
	m.Write([]byte("vuoro follow key\x00" + h.opts.Site))
	return follow.NewKeys(m.Sum(nil)), nil
}

// joinURL returns the address of the join page of the minute of now, which
// queue displays show as a QR code; empty when the hub has no address.
func (h *Hub) joinURL(keys follow.Keys) func(now time.Time) string {
	return func(now time.Time) string {
		base := h.publicURL()
		if base == "" {
			return ""
		}
		return base + "/join/" + keys.JoinCode(now)
	}
}

// startFollow mounts the citizen's follow and join pages on mux.
func (h *Hub) startFollow(mux *http.ServeMux) error {
	keys, err := h.followKeys()
	if err != nil {
		return err
	}
	f := follow.New(follow.Options{Eng: h.engine, Keys: keys, Now: h.opts.Clock.Now,
		SecureCookies: h.opts.SecureCookies, Logger: h.opts.Logger.With("part", "follow")})
	for _, p := range follow.Prefixes {
		mux.Handle(p, f)
	}
	h.followPages = f
	return nil
}
