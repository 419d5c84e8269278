package broker

import (
	"bytes"
	"sync"
	"time"

	mqtt "github.com/mochi-mqtt/server/v2"
	"github.com/mochi-mqtt/server/v2/packets"
	"golang.org/x/time/rate"
)

// Authenticator tells the broker which devices may connect: the hub
// implements it from its enrolled devices.
type Authenticator interface {
	// Authenticate returns the device whose credentials these are, or
	// why not: ErrUnknownDevice, ErrRevoked or ErrBadPassword.
	Authenticate(username, password string) (Identity, error)
}

// ClientID is the MQTT client id a device must connect with.
func ClientID(site, device string) string { return site + "-" + device }

// authHook is the broker's door: every client but the hub's own inline
// client authenticates, connects only as its own client id, and may then
// publish and subscribe only what its Identity allows, never retained,
// at a bounded rate.
type authHook struct {
	mqtt.HookBase
	site  string
	auth  Authenticator
	rate  rate.Limit
	burst int
	now   func() time.Time
	count *counts

	mu      sync.Mutex
	clients map[*mqtt.Client]*session
	seen    map[string]time.Time // by device: when it was last heard from
}

// session is an authenticated client.
type session struct {
	id  Identity
	lim *rate.Limiter
}

func newAuthHook(o Options, c *counts) *authHook {
	return &authHook{site: o.Site, auth: o.Auth, rate: o.Rate, burst: o.Burst, now: time.Now, count: c,
		clients: map[*mqtt.Client]*session{}, seen: map[string]time.Time{}}
}

func (h *authHook) ID() string { return "vuoro-auth" }

func (h *authHook) Provides(b byte) bool {
	return bytes.Contains([]byte{mqtt.OnConnectAuthenticate, mqtt.OnACLCheck, mqtt.OnPublish, mqtt.OnSubscribe,
		mqtt.OnDisconnect, mqtt.OnPacketRead}, []byte{b})
}

// OnConnectAuthenticate admits a client whose credentials name a device,
// whose client id is that device's, and whose last will, if any, is on a
// topic the device may publish, not retained.
func (h *authHook) OnConnectAuthenticate(cl *mqtt.Client, pk packets.Packet) bool {
	id, why := h.admit(pk.Connect)
	if why != "" {
		h.count.reject(why)
		return false
	}
	h.mu.Lock()
	h.clients[cl] = &session{id: id, lim: rate.NewLimiter(h.rate, h.burst)}
	h.seen[id.Device] = h.now()
	h.mu.Unlock()
	return true
}

// admit checks a CONNECT's credentials, client id and will; it returns
// the device, or why it is refused.
func (h *authHook) admit(c packets.ConnectParams) (Identity, Reason) {
	if !c.UsernameFlag || !c.PasswordFlag || len(c.Username) == 0 {
		return Identity{}, RejectNoCredentials
	}
	id, err := h.auth.Authenticate(string(c.Username), string(c.Password))
	switch {
	case err != nil:
		return Identity{}, authReason(err)
	case id.Device != string(c.Username):
		return Identity{}, RejectUnknownDevice
	case c.ClientIdentifier != ClientID(h.site, id.Device):
		return Identity{}, RejectClientID // no connecting under another device's id
	case c.WillFlag && (c.WillRetain || !id.MayPublish(h.site, c.WillTopic)):
		return Identity{}, RejectWill
	}
	return id, ""
}

func (h *authHook) session(cl *mqtt.Client) *session {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.clients[cl]
}

// OnACLCheck allows what the client's Identity allows. A publish refused
// is counted here, a subscription in OnSubscribe: mochi asks this also
// before each message it delivers, and tells an MQTT 3 client's refused
// filter from an invalid one to no hook.
func (h *authHook) OnACLCheck(cl *mqtt.Client, topic string, write bool) bool {
	s := h.session(cl)
	switch {
	case write && (s == nil || !s.id.MayPublish(h.site, topic)):
		h.count.reject(RejectACLPublish)
		return false
	case write:
		return true
	}
	return s != nil && s.id.MaySubscribe(h.site, topic)
}

// OnSubscribe counts the filters of a SUBSCRIBE that OnACLCheck will
// refuse.
func (h *authHook) OnSubscribe(cl *mqtt.Client, pk packets.Packet) packets.Packet {
	if s := h.session(cl); s != nil {
		for _, f := range pk.Filters {
			if !s.id.MaySubscribe(h.site, f.Filter) {
				h.count.reject(RejectACLSubscribe)
			}
		}
	}
	return pk
}

// OnPublish refuses a device's retained message, or one past its rate:
// the client is disconnected, as mochi disconnects an MQTT 3 client for
// a publish its ACL refuses.
func (h *authHook) OnPublish(cl *mqtt.Client, pk packets.Packet) (packets.Packet, error) {
	if cl.Net.Inline {
		return pk, nil
	}
	s := h.session(cl)
	why := RejectACLPublish
	switch {
	case s == nil:
	case pk.FixedHeader.Retain:
		why = RejectRetained
	case !s.lim.Allow():
		why = RejectRate
	default:
		return pk, nil
	}
	h.count.reject(why)
	cl.Stop(packets.ErrNotAuthorized)
	return pk, packets.ErrRejectPacket
}

// OnPacketRead notes when a device was last heard from.
func (h *authHook) OnPacketRead(cl *mqtt.Client, pk packets.Packet) (packets.Packet, error) {
	h.mu.Lock()
	if s := h.clients[cl]; s != nil {
		h.seen[s.id.Device] = h.now()
	}
	h.mu.Unlock()
	return pk, nil
}

func (h *authHook) OnDisconnect(cl *mqtt.Client, _ error, _ bool) {
	h.mu.Lock()
	delete(h.clients, cl)
	h.mu.Unlock()
}

// clientsOf returns the connected clients of a device.
func (h *authHook) clientsOf(device string) []*mqtt.Client {
	h.mu.Lock()
	defer h.mu.Unlock()
	var out []*mqtt.Client
	for cl, s := range h.clients {
		if s.id.Device == device {
			out = append(out, cl)
		}
	}
	return out
}

// lastSeen returns when device was last heard from, and whether it is
// connected now.
func (h *authHook) lastSeen(device string) (time.Time, bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for _, s := range h.clients {
		if s.id.Device == device {
			return h.seen[device], true
		}
	}
	return h.seen[device], false
}
