// Package devcred is a device's MQTT credentials: exchanged once for the
// one-time enrolment code the console shows, and kept in a file only the
// device's user may read. A hub started with -tls also hands over its MQTT
// CA certificate, which the device keeps in the same file and trusts alone;
// the console shows the CA's fingerprint with the code, for the device to
// check (Obtain's pin) when the exchange itself travels over plain HTTP.
package devcred

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
)

// Credentials are what the hub gives a device for its code.
type Credentials struct {
	Device   string `json:"device"`
	Kind     string `json:"kind"`
	Room     string `json:"room,omitempty"`
	Username string `json:"username"`
	Password string `json:"password"`
	// CA is the hub's MQTT CA certificate (PEM) when the hub serves MQTT
	// over TLS: the only CA the device trusts for it.
	CA string `json:"ca,omitempty"`
	// CheckinKey is a kiosk's copy of the site's check-in key (hex): the
	// key of the hash it sends for a card's personal identity code
	// (hetu.MAC), so the code itself never crosses MQTT.
	CheckinKey string `json:"checkin_key,omitempty"`
}

// Key returns the check-in key, or nil when the credentials carry none
// (a kiosk enrolled before check-in by card, or another kind of device).
func (c Credentials) Key() []byte {
	k, err := hex.DecodeString(c.CheckinKey)
	if err != nil || len(k) == 0 {
		return nil
	}
	return k
}

// ErrRefused is a code the hub refused: unknown, used or expired.
var ErrRefused = errors.New("devcred: the hub refused the enrolment code (unknown, used or expired)")

// Load reads a credentials file.
func Load(path string) (Credentials, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return Credentials{}, fmt.Errorf("devcred: %w", err)
	}
	return parse(b, path)
}

// parse reads a credentials file's content: credentials, and a CA that
// is one CA certificate if any.
func parse(b []byte, path string) (Credentials, error) {
	var c Credentials
	if err := json.Unmarshal(b, &c); err != nil || c.Username == "" || c.Password == "" {
		return c, fmt.Errorf("devcred: %s holds no credentials", path)
	}
	if c.CA != "" {
		if _, err := ParseCA(c.CA); err != nil {
			return c, fmt.Errorf("devcred: %s: %w", path, err)
		}
	}
	return c, nil
}

// Save writes a credentials file readable by its owner only (0600),
// replacing it whole.
func Save(path string, c Credentials) error {
	b, err := encode(c)
	if err != nil {
		return err
	}
	return WritePrivate(path, b)
}

// encode is a credentials file's content.
func encode(c Credentials) ([]byte, error) {
	b, err := json.MarshalIndent(c, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("devcred: %w", err)
	}
	return append(b, '\n'), nil
}

// WritePrivate writes a file readable by its owner only (0600), replacing
// it whole: a reader sees the old file or the new one, never a part.
func WritePrivate(path string, b []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+"-*")
	if err != nil {
		return fmt.Errorf("devcred: %w", err)
	}
	defer os.Remove(tmp.Name())
	if _, err = tmp.Write(b); err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp.Name(), 0o600)
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		return fmt.Errorf("devcred: save %s: %w", path, err)
	}
	return nil
}

// Enrol exchanges code at the hub (its base URL, "http://hub:8080") for
// the device's credentials.
func Enrol(ctx context.Context, hub, code string) (Credentials, error) {
	return EnrolPinned(ctx, hub, code, "")
}

// EnrolPinned is Enrol checking the hub's CA: with a pin (the CA
// fingerprint the console showed beside the code) the hub's answer must
// carry that CA.
func EnrolPinned(ctx context.Context, hub, code, pin string) (Credentials, error) {
	var c Credentials
	body, _ := json.Marshal(map[string]string{"code": code})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, strings.TrimSuffix(hub, "/")+"/api/v1/devices/enrol", bytes.NewReader(body))
	if err != nil {
		return c, fmt.Errorf("devcred: %w", err)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return c, fmt.Errorf("devcred: enrol: %w", err)
	}
	defer resp.Body.Close()
	switch {
	case resp.StatusCode == http.StatusForbidden:
		return c, ErrRefused
	case resp.StatusCode != http.StatusOK:
		return c, fmt.Errorf("devcred: enrol: the hub answered %s", resp.Status)
	}
	return parseEnrolment(resp.Body, pin)
}

// maxEnrolment bounds the hub's answer: the credentials and a CA
// certificate.
const maxEnrolment = 8 << 10

// parseEnrolment reads the hub's answer to an enrolment and checks the CA
// it carries against pin.
func parseEnrolment(r io.Reader, pin string) (Credentials, error) {
	var c Credentials
	if err := json.NewDecoder(io.LimitReader(r, maxEnrolment)).Decode(&c); err != nil || c.Username == "" || c.Password == "" {
		return Credentials{}, fmt.Errorf("devcred: enrol: the hub's answer holds no credentials")
	}
	if c.CA != "" {
		if _, err := ParseCA(c.CA); err != nil {
			return Credentials{}, fmt.Errorf("devcred: enrol: %w", err)
		}
	}
	if err := checkPin(c, pin); err != nil {
		return Credentials{}, err
	}
	return c, nil
}

// Obtain returns the credentials in path; when there are none yet and a
// code is given, it exchanges the code at hub and saves them there first.
// A pin (hex SHA-256 of the hub's CA certificate, -ca-sha256) is checked
// against the CA the credentials carry, old or new; empty, nothing is.
func Obtain(ctx context.Context, path, hub, code, pin string) (Credentials, error) {
	c, err := Load(path)
	if err == nil || code == "" {
		if err == nil {
			err = checkPin(c, pin)
		}
		return c, err
	}
	if c, err = EnrolPinned(ctx, hub, code, pin); err != nil {
		return c, err
	}
	return c, Save(path, c)
}
