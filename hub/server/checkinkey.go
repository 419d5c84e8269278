package server

import (
	"crypto/hmac"
	"crypto/sha256"
	"fmt"

	"vuoro/hub/store"
)

// checkinKey is the site's check-in key, the key of the keyed hash
// (hetu.MAC) a kiosk sends instead of a card's personal identity code.
// It is derived from the data file's device key, so it lasts as long as
// the data file, and kiosks get it with their credentials at enrolment:
// it never crosses MQTT, where every kiosk and the broker would see it.
func checkinKey(st *store.Store, site string) ([]byte, error) {
	key, err := st.DeviceKey()
	if err != nil {
		return nil, fmt.Errorf("server: check-in key: %w", err)
	}
	m := hmac.New(sha256.New, key)
	m.Write([]byte("vuoro check-in key\x00" + site))
	return m.Sum(nil), nil
}
