// Package devcred is a device's MQTT credentials: exchanged once for the
// one-time enrolment code the console shows, and kept in a file only the
// device's user may read.
package devcred

import (
	"bytes"
	"context"
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
}

// ErrRefused is a code the hub refused: unknown, used or expired.
var ErrRefused = errors.New("devcred: the hub refused the enrolment code (unknown, used or expired)")

// Load reads a credentials file.
func Load(path string) (Credentials, error) {
	var c Credentials
	b, err := os.ReadFile(path)
	if err != nil {
		return c, fmt.Errorf("devcred: %w", err)
	}
	if err := json.Unmarshal(b, &c); err != nil || c.Username == "" || c.Password == "" {
		return c, fmt.Errorf("devcred: %s holds no credentials", path)
	}
	return c, nil
}

// Save writes a credentials file readable by its owner only (0600),
// replacing it whole.
func Save(path string, c Credentials) error {
	b, err := json.MarshalIndent(c, "", "  ")
	if err != nil {
		return fmt.Errorf("devcred: %w", err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".credentials-*")
	if err != nil {
		return fmt.Errorf("devcred: %w", err)
	}
	defer os.Remove(tmp.Name())
	if _, err = tmp.Write(append(b, '\n')); err == nil {
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
	if err := json.NewDecoder(io.LimitReader(resp.Body, 4<<10)).Decode(&c); err != nil || c.Password == "" {
		return c, fmt.Errorf("devcred: enrol: the hub's answer holds no credentials")
	}
	return c, nil
}

// Obtain returns the credentials in path; when there are none yet and a
// code is given, it exchanges the code at hub and saves them there first.
func Obtain(ctx context.Context, path, hub, code string) (Credentials, error) {
	c, err := Load(path)
	if err == nil || code == "" {
		return c, err
	}
	if c, err = Enrol(ctx, hub, code); err != nil {
		return c, err
	}
	return c, Save(path, c)
}
