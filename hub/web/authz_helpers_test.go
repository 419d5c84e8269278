package web_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
)

// webVerdict reads a form's or a page's answer: a redirect to the login
// page is the browser's 401.
func webVerdict(resp *http.Response) string {
	switch {
	case resp.StatusCode == http.StatusSeeOther && resp.Header.Get("Location") == "/login":
		return "401"
	case resp.StatusCode == http.StatusForbidden:
		return "403"
	case resp.StatusCode == http.StatusSeeOther, resp.StatusCode == http.StatusOK:
		return "allowed"
	}
	return fmt.Sprint(resp.StatusCode)
}

func apiVerdict(code int) string {
	if code == http.StatusOK {
		return "allowed"
	}
	return fmt.Sprint(code)
}

var (
	errorLine = regexp.MustCompile(`<p class="error"[^>]*>([^<]*)<`)
	flashLine = regexp.MustCompile(`<p class="flash"[^>]*>([^<]*)<`)
)

func errorOf(body string) string {
	if m := errorLine.FindStringSubmatch(body); m != nil {
		return m[1]
	}
	return ""
}

// formOf writes fields as a console form does.
func formOf(args map[string]any) url.Values {
	v := url.Values{}
	for k, a := range args {
		switch a := a.(type) {
		case []string:
			v[k] = a
		case map[string]string:
			for sub, s := range a {
				v.Set(k+"."+sub, s)
			}
		default:
			v.Set(k, fmt.Sprint(a))
		}
	}
	return v
}

var pathWildcard = regexp.MustCompile(`\{(\w+)\}`)

// apiCall sends an action to the API: the path's wildcards from args,
// the rest as the JSON body.
func apiCall(t *testing.T, h *hub, token, route string, args map[string]any) (int, string) {
	method, path, _ := strings.Cut(route, " ")
	path = pathWildcard.ReplaceAllStringFunc(path, func(w string) string {
		name := strings.Trim(w, "{}")
		defer delete(args, name)
		return url.PathEscape(fmt.Sprint(args[name]))
	})
	body, _ := json.Marshal(args)
	return api(t, h.srv, token, method, path, string(body))
}
