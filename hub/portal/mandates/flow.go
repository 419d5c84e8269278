package mandates

import (
	"context"
	"fmt"
	"net/url"
)

// Selection is a started mandate selection: the session to finish it
// with, and the address to send the person's browser to.
type Selection struct {
	Session string
	URL     string
}

// Principal is the person the delegate chose to act for.
type Principal struct {
	PersonID string `json:"personId"` // their henkilötunnus
	Name     string `json:"name"`
}

type registration struct {
	SessionID string `json:"sessionId"`
	UserID    string `json:"userId"`
}

// Start registers a session for the delegate (the henkilötunnus they
// logged in with) and returns where their browser picks the principal.
// Suomi.fi sends the browser back to redirectURI with ?code=… (or ?error=…).
func (c *Client) Start(ctx context.Context, delegate, redirectURI, lang string) (Selection, error) {
	var reg registration
	path := "/service/hpa/user/register/" + url.PathEscape(c.c.ClientID) + "/" + url.PathEscape(delegate) + "?requestId=" + requestID()
	if err := c.call(ctx, request{op: "register", method: "GET", path: path}, &reg); err != nil {
		return Selection{}, err
	}
	if reg.SessionID == "" || reg.UserID == "" {
		return Selection{}, fmt.Errorf("%w (register: no sessionId or userId)", ErrMalformed)
	}
	q := url.Values{"client_id": {c.c.ClientID}, "response_type": {"code"}, "redirect_uri": {redirectURI},
		"user": {reg.UserID}, "lang": {lang}}
	return Selection{Session: reg.SessionID, URL: c.base.String() + "/oauth/authorize?" + q.Encode()}, nil
}

// Finish exchanges the code Suomi.fi returned, fetches the principal the
// delegate chose and checks the mandate for the client's issue code. A
// principal who has not authorised the delegate for it is returned with
// ErrNotAuthorized. The session is unregistered in every case.
func (c *Client) Finish(ctx context.Context, session, code, redirectURI string) (Principal, error) {
	defer c.Cancel(context.WithoutCancel(ctx), session)
	token, err := c.token(ctx, code, redirectURI)
	if err != nil {
		return Principal{}, err
	}
	p, err := c.principal(ctx, session, token)
	if err != nil {
		return Principal{}, err
	}
	return p, c.authorized(ctx, session, token, p.PersonID)
}

// Cancel unregisters a session; Suomi.fi ends unused ones itself, so its
// errors are not reported.
func (c *Client) Cancel(ctx context.Context, session string) {
	var out any
	path := "/service/hpa/user/unregister/" + url.PathEscape(session) + "?requestId=" + requestID()
	_ = c.call(ctx, request{op: "unregister", method: "GET", path: path}, &out)
}

func (c *Client) token(ctx context.Context, code, redirectURI string) (string, error) {
	var tok struct {
		AccessToken string `json:"access_token"`
	}
	q := url.Values{"grant_type": {"authorization_code"}, "redirect_uri": {redirectURI}, "code": {code}}
	if err := c.call(ctx, request{op: "token", method: "POST", path: "/oauth/token?" + q.Encode(), basic: true}, &tok); err != nil {
		return "", err
	}
	if tok.AccessToken == "" {
		return "", fmt.Errorf("%w (token: no access_token)", ErrMalformed)
	}
	return tok.AccessToken, nil
}

func (c *Client) principal(ctx context.Context, session, token string) (Principal, error) {
	var ps []Principal
	path := "/service/hpa/api/delegate/" + url.PathEscape(session) + "?requestId=" + requestID()
	if err := c.call(ctx, request{op: "delegate", method: "GET", path: path, bearer: token}, &ps); err != nil {
		return Principal{}, err
	}
	if len(ps) == 0 {
		return Principal{}, fmt.Errorf("%w (delegate: an empty list)", ErrCancelled)
	}
	if ps[0].PersonID == "" {
		return Principal{}, fmt.Errorf("%w (delegate: no personId)", ErrMalformed)
	}
	return ps[0], nil
}

func (c *Client) authorized(ctx context.Context, session, token, principal string) error {
	var a struct {
		Result string `json:"result"`
	}
	path := "/service/hpa/api/authorization/" + url.PathEscape(session) + "/" + url.PathEscape(principal) +
		"?requestId=" + requestID() + "&issues=" + url.QueryEscape(c.c.Issue)
	if err := c.call(ctx, request{op: "authorization", method: "GET", path: path, bearer: token}, &a); err != nil {
		return err
	}
	switch a.Result {
	case "ALLOWED":
		return nil
	case "DISALLOWED":
		return fmt.Errorf("%w (issue %s)", ErrNotAuthorized, c.c.Issue)
	}
	return fmt.Errorf("%w (authorization: result %q)", ErrMalformed, a.Result)
}
