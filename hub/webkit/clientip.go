package webkit

import (
	"net"
	"net/http"
	"net/netip"
	"strings"
)

// ParseProxies reads the trusted proxies of -trusted-proxy: addresses or
// networks, separated by commas ("127.0.0.1, 10.0.0.0/24").
func ParseProxies(list string) ([]netip.Prefix, error) {
	var out []netip.Prefix
	for f := range strings.SplitSeq(list, ",") {
		if f = strings.TrimSpace(f); f == "" {
			continue
		}
		p, err := netip.ParsePrefix(f)
		if err != nil {
			a, aerr := netip.ParseAddr(f)
			if aerr != nil {
				return nil, err
			}
			p = netip.PrefixFrom(a, a.BitLen())
		}
		out = append(out, p.Masked())
	}
	return out, nil
}

// ClientIP is the address of the browser behind r: the peer's address, or,
// when the peer is a trusted proxy, the nearest address in
// X-Forwarded-For that is not one. An untrusted peer cannot choose the
// address its failures count against.
func ClientIP(r *http.Request, trusted []netip.Prefix) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	addr, err := netip.ParseAddr(host)
	if err != nil || !isTrusted(addr, trusted) {
		return host
	}
	hops := strings.Split(strings.Join(r.Header.Values("X-Forwarded-For"), ","), ",")
	for i := len(hops) - 1; i >= 0; i-- {
		a, err := netip.ParseAddr(strings.TrimSpace(hops[i]))
		if err != nil {
			return addr.String() // a garbled header: count against the proxy
		}
		if !isTrusted(a.Unmap(), trusted) {
			return a.Unmap().String()
		}
		addr = a
	}
	return addr.String()
}

func isTrusted(a netip.Addr, trusted []netip.Prefix) bool {
	for _, p := range trusted {
		if p.Contains(a.Unmap()) {
			return true
		}
	}
	return false
}
