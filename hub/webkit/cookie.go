package webkit

import (
	"net/http"
	"time"
)

// Cookie is how an app sets one of its cookies. Every cookie is HttpOnly.
type Cookie struct {
	Name, Path string
	MaxAge     time.Duration // 0: until the browser closes
	SameSite   http.SameSite
	Secure     bool // on whenever served over HTTPS
}

// Set sends the cookie with value.
func (c Cookie) Set(w http.ResponseWriter, value string) {
	http.SetCookie(w, c.with(value, int(c.MaxAge.Seconds())))
}

// Clear tells the browser to forget the cookie.
func (c Cookie) Clear(w http.ResponseWriter) { http.SetCookie(w, c.with("", -1)) }

// Value returns the cookie's value in r, "" when it has none.
func (c Cookie) Value(r *http.Request) string {
	if ck, err := r.Cookie(c.Name); err == nil {
		return ck.Value
	}
	return ""
}

func (c Cookie) with(value string, maxAge int) *http.Cookie {
	return &http.Cookie{Name: c.Name, Value: value, Path: c.Path, MaxAge: maxAge, HttpOnly: true,
		Secure: c.Secure, SameSite: c.SameSite}
}
