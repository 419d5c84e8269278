package webkit_test

import (
	"net/http/httptest"
	"testing"

	"vuoro/hub/webkit"
)

func TestClientIPBehindTrustedProxies(t *testing.T) {
	trusted, err := webkit.ParseProxies("192.0.2.1, 10.0.0.0/24")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ peer, forwarded, want string }{
		{"198.51.100.7", "", "198.51.100.7"},
		{"198.51.100.7", "10.9.9.9", "198.51.100.7"}, // an untrusted peer cannot choose
		{"192.0.2.1", "10.9.9.9", "10.9.9.9"},
		{"192.0.2.1", "10.9.9.9, 10.0.0.5", "10.9.9.9"}, // a second trusted hop
		{"192.0.2.1", "forged, 10.9.9.9", "10.9.9.9"},
		{"192.0.2.1", "10.9.9.9, garbled", "192.0.2.1"},
		{"192.0.2.1", "", "192.0.2.1"},
	}
	for _, tt := range tests {
		r := httptest.NewRequest("GET", "/", nil)
		r.RemoteAddr = tt.peer + ":40000"
		if tt.forwarded != "" {
			r.Header.Set("X-Forwarded-For", tt.forwarded)
		}
		if got := webkit.ClientIP(r, trusted); got != tt.want {
			t.Errorf("peer %s forwarding %q: %s, want %s", tt.peer, tt.forwarded, got, tt.want)
		}
	}
	if _, err := webkit.ParseProxies("10.0.0.0/33"); err == nil {
		t.Error("a bad network was taken")
	}
}
