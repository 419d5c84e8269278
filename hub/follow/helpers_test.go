package follow_test

import (
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/crypto/bcrypt"

	"vuoro/hub/demo"
	"vuoro/hub/follow"
	"vuoro/hub/queue"
	"vuoro/hub/queue/queuetest"
	"vuoro/hub/store"
)

// start is 09:54 local time on Monday 23 November 2026 in Lahti: the demo
// site's queues are open.
var start = time.Date(2026, 11, 23, 7, 54, 0, 0, time.UTC)

// site is a demo hub's engine on a real data file, with the follow pages
// served on a real HTTP server.
type site struct {
	t    *testing.T
	eng  *queue.Engine
	clk  *queuetest.Clock
	keys follow.Keys
	srv  *httptest.Server
}

func newSite(t *testing.T) *site {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "hub.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	s := &site{t: t, clk: queuetest.NewClock(start), keys: follow.NewKeys([]byte("a test secret of thirty-two bytes!"))}
	if s.eng, err = queue.Open(st, s.clk); err != nil {
		t.Fatal(err)
	}
	if _, err := demo.SeedCost(s.eng, st, "lahti", bcrypt.MinCost); err != nil {
		t.Fatal(err)
	}
	h := follow.New(follow.Options{Eng: s.eng, Keys: s.keys, Now: s.clk.Now})
	s.srv = httptest.NewServer(h)
	t.Cleanup(func() { h.Close(); s.srv.Close() })
	return s
}

// issued is a ticket and the follow token the engine gave it.
type issued struct {
	queue.Ticket
	Token string
}

func (s *site) issue(service string) issued {
	s.t.Helper()
	is, err := s.eng.Issue("kiosk:k1", queue.IssueRequest{Service: service, Device: "k1"})
	if err != nil {
		s.t.Fatal(err)
	}
	return issued{is.Ticket, is.FollowToken}
}

// noRedirects is a client that shows redirects instead of following them.
var noRedirects = &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}

// get returns the status, the Location and the body of a GET.
func (s *site) get(path string) (int, string, string) {
	s.t.Helper()
	return s.do(noRedirects.Get(s.srv.URL + path))
}

func (s *site) post(path string, form url.Values) (int, string, string) {
	s.t.Helper()
	return s.do(noRedirects.PostForm(s.srv.URL+path, form))
}

func (s *site) do(resp *http.Response, err error) (int, string, string) {
	s.t.Helper()
	if err != nil {
		s.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, resp.Header.Get("Location"), string(b)
}

// field is the value of the first hidden input called name in a page.
func field(page, name string) string {
	_, rest, ok := strings.Cut(page, `name="`+name+`" value="`)
	if !ok {
		return ""
	}
	v, _, _ := strings.Cut(rest, `"`)
	return v
}
