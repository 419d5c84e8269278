package web_test

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"

	"golang.org/x/crypto/bcrypt"

	"vuoro/hub/queue"
)

// TestManyClerksCallAtOnce has clerks, each with their own session and
// room, press Call over HTTP at once until the queue is empty: no ticket
// is called twice, none is missed, and the only refusal is 409 "nobody
// is waiting".
func TestManyClerksCallAtOnce(t *testing.T) {
	const clerks, tickets = 16, 120
	h := newHub(t)
	hash, _ := bcrypt.GenerateFromPassword([]byte("kilpailu-salasana"), bcrypt.MinCost)
	tokens := make([]string, clerks)
	for i := range clerks {
		login, room := fmt.Sprint("race", i), fmt.Sprint("race-", i)
		h.eng.AddRoom("system", queue.Room{ID: room})
		h.eng.AddClerk("system", queue.Clerk{Login: login, Role: queue.RoleClerk, Agencies: []string{"vero"}})
		h.st.SetCredential(login, hash)
		code, body := api(t, h.srv, "", "POST", "/api/v1/login", `{"login":"`+login+`","password":"kilpailu-salasana"}`)
		json.Unmarshal([]byte(body), &struct{ Token *string }{&tokens[i]})
		if code != 200 {
			t.Fatalf("login %s: %d", login, code)
		}
	}
	issue(t, h.eng, "vero-veroasiat", tickets)
	var (
		mu     sync.Mutex
		called = map[uint64]string{}
		wg     sync.WaitGroup
		ready  = make(chan struct{})
	)
	for i, token := range tokens {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-ready
			for {
				code, body := apiQuiet(h, token, "POST", "/api/v1/call", fmt.Sprintf(`{"service":"vero-veroasiat","room":"race-%d"}`, i))
				if code == http.StatusConflict && strings.Contains(body, "nobody is waiting") {
					return
				}
				var v queue.Ticket
				if json.Unmarshal([]byte(body), &v); code != http.StatusOK {
					t.Errorf("clerk %d: %d %s", i, code, body)
					return
				}
				mu.Lock()
				if other, twice := called[v.ID]; twice {
					t.Errorf("%s called by clerk %d and by %s", v.CallID, i, other)
				}
				called[v.ID] = fmt.Sprint("clerk ", i)
				mu.Unlock()
				if code, body := apiQuiet(h, token, "POST", fmt.Sprintf("/api/v1/visits/%d/end", v.ID), ""); code != 200 {
					t.Errorf("end %s: %d %s", v.CallID, code, body)
					return
				}
			}
		}()
	}
	close(ready)
	wg.Wait()
	if len(called) != tickets {
		t.Fatalf("%d tickets called, want all %d", len(called), tickets)
	}
}

// apiQuiet is api for goroutines: it reports a failure instead of
// stopping the test.
func apiQuiet(h *hub, token, method, path, body string) (int, string) {
	req, _ := http.NewRequest(method, h.srv.URL+path, strings.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, err.Error()
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}
