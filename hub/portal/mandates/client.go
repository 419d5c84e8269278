package mandates

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// Config configures a Client. Suomi.fi gives the client id and both
// secrets when the service is registered; the municipality names the
// issue code (asiointiasia) its vouchers are a matter of.
type Config struct {
	BaseURL     string // "https://asiointivaltuustarkistus.suomi.fi" in production
	ClientID    string
	Secret      string // the checksum secret (API key) of X-AsiointivaltuudetAuthorization
	OAuthSecret string // the OAuth client secret of /oauth/token
	Issue       string // the issue code checked for the chosen principal
	HTTP        *http.Client
	Now         func() time.Time // the wall clock by default
}

// Client talks to Suomi.fi Mandates. It keeps no state between calls:
// the session id a Start returns is the caller's to keep.
type Client struct {
	c    Config
	base *url.URL
}

// New checks the configuration and returns a client.
func New(c Config) (*Client, error) {
	base, err := url.Parse(strings.TrimSuffix(c.BaseURL, "/"))
	if err != nil || base.Host == "" || (base.Scheme != "https" && base.Scheme != "http") {
		return nil, fmt.Errorf("mandates: base URL %q is not an http(s) URL", c.BaseURL)
	}
	if c.ClientID == "" || c.Secret == "" || c.OAuthSecret == "" || c.Issue == "" {
		return nil, errors.New("mandates: client id, both secrets and the issue code are needed")
	}
	if c.HTTP == nil {
		c.HTTP = &http.Client{Timeout: 10 * time.Second}
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	return &Client{c: c, base: base}, nil
}

// Issue is the issue code the client checks.
func (c *Client) Issue() string { return c.c.Issue }

// request is one call of the API.
type request struct {
	op     string // for errors: "register", "token", …
	method string
	path   string // with its query, as sent
	bearer string // the access token, if any
	basic  bool   // HTTP Basic with the OAuth secret (the token call)
}

func requestID() string { return rand.Text() }

// call makes a request and decodes its JSON answer into out.
func (c *Client) call(ctx context.Context, rq request, out any) error {
	req, err := http.NewRequestWithContext(ctx, rq.method, c.base.String()+rq.path, nil)
	if err != nil {
		return fmt.Errorf("%w (%s: %v)", ErrMalformed, rq.op, err)
	}
	c.authenticate(req, rq)
	resp, err := c.c.HTTP.Do(req)
	if err != nil {
		return fmt.Errorf("%w (%s: %v)", ErrUnavailable, rq.op, cause(err))
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		return fmt.Errorf("%w (%s: reading the answer: %v)", ErrUnavailable, rq.op, cause(err))
	}
	if err := statusError(rq.op, resp.StatusCode, body); err != nil {
		return err
	}
	if err := json.Unmarshal(body, out); err != nil {
		return fmt.Errorf("%w (%s: %v)", ErrMalformed, rq.op, err)
	}
	return nil
}

func (c *Client) authenticate(req *http.Request, rq request) {
	if strings.HasPrefix(rq.path, "/service/") {
		req.Header.Set(HeaderName, Header(c.c.ClientID, c.c.Secret, rq.path, c.c.Now()))
	}
	if rq.bearer != "" {
		req.Header.Set("Authorization", "Bearer "+rq.bearer)
	}
	if rq.basic {
		req.SetBasicAuth(c.c.ClientID, c.c.OAuthSecret)
	}
	req.Header.Set("Accept", "application/json")
}

// cause is a transport error without the URL it was for: the URL may hold
// a henkilötunnus.
func cause(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

func statusError(op string, code int, body []byte) error {
	switch {
	case code == http.StatusOK || code == http.StatusCreated:
		return nil
	case code == http.StatusUnauthorized || code == http.StatusForbidden:
		return fmt.Errorf("%w (%s: HTTP %d)", ErrCredentials, op, code)
	case code == http.StatusBadRequest && strings.Contains(string(body), "invalid_grant"), code == http.StatusNotFound && op != "register":
		return fmt.Errorf("%w (%s: HTTP %d)", ErrExpired, op, code)
	}
	return fmt.Errorf("%w (%s: HTTP %d)", ErrUnavailable, op, code)
}
