package faults

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"testing"
	"time"

	"vuoro/hub/demo"
	"vuoro/shared/devcred"
)

// user is someone on the hub's JSON API: the site admin enrols devices, the
// advisor of every queue reads the queues and calls.
type user struct {
	base, token string
}

func login(t testing.TB, h *hubProc, name string) *user {
	t.Helper()
	u := &user{base: "http://" + h.httpAddr}
	var out struct{ Token string }
	if err := u.do("POST", "/api/v1/login", map[string]string{"login": name, "password": demo.Password}, &out); err != nil {
		t.Fatalf("login %s: %v", name, err)
	}
	u.token = out.Token
	return u
}

func (u *user) do(method, path string, body, out any) error {
	var rd *bytes.Reader
	if body != nil {
		b, _ := json.Marshal(body)
		rd = bytes.NewReader(b)
	} else {
		rd = bytes.NewReader(nil)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, method, u.base+path, rd)
	if u.token != "" {
		req.Header.Set("Authorization", "Bearer "+u.token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("%s %s: HTTP %d", method, path, resp.StatusCode)
	}
	if out != nil {
		return json.NewDecoder(resp.Body).Decode(out)
	}
	return nil
}

// enrol enrols a device as the site admin does in the console and
// exchanges its code as the installer's command does.
func (u *user) enrol(t testing.TB, device, kind, room string) devcred.Credentials {
	t.Helper()
	var e struct{ Code string }
	if err := u.do("POST", "/api/v1/devices", map[string]string{"device": device, "kind": kind, "room": room}, &e); err != nil {
		t.Fatalf("enrol %s: %v", device, err)
	}
	cred, err := devcred.Enrol(context.Background(), u.base, e.Code)
	if err != nil {
		t.Fatalf("exchange %s's code: %v", device, err)
	}
	return cred
}

// visit is a visit as GET /api/v1/queues shows it.
type visit struct {
	ID      uint64    `json:"id"`
	CallID  string    `json:"call_id"`
	Service string    `json:"service"`
	Number  int       `json:"number"`
	Status  string    `json:"status"`
	Device  string    `json:"device"`
	Since   time.Time `json:"since"`
	Issued  time.Time `json:"issued"`
	Room    string    `json:"room"`
}

type queueView struct {
	Service string  `json:"service"`
	Waiting []visit `json:"waiting"`
	Serving []visit `json:"serving"`
}

func (u *user) queues(t testing.TB) []queueView {
	t.Helper()
	var qs []queueView
	if err := u.do("GET", "/api/v1/queues", nil, &qs); err != nil {
		t.Fatal(err)
	}
	return qs
}

func (u *user) call(t testing.TB, service, room string) visit {
	t.Helper()
	var v visit
	if err := u.do("POST", "/api/v1/call", map[string]string{"service": service, "room": room}, &v); err != nil {
		t.Fatalf("call %s to %s: %v", service, room, err)
	}
	return v
}
