package server

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base32"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"

	"vuoro/hub/broker"
	"vuoro/hub/devsync"
	"vuoro/hub/event"
	"vuoro/hub/queue"
	"vuoro/hub/store"
	"vuoro/shared/devcred"
	"vuoro/shared/wire"
)

// CodeValidity is how long an enrolment code may be exchanged.
const CodeValidity = 24 * time.Hour

// deviceAuth authenticates devices at the embedded broker: an active
// device of the engine whose password hashes to the hash in the store.
// Passwords are 160 random bits, so a plain SHA-256 of them is as hard to
// reverse as bcrypt, and cheap enough for every CONNECT.
type deviceAuth struct {
	eng   *queue.Engine
	store *store.Store
}

func (a deviceAuth) Authenticate(username, password string) (broker.Identity, error) {
	var d queue.Device
	var ok bool
	a.eng.Read(func(st *queue.State) { d, ok = st.Device(username) })
	switch {
	case ok && !d.Revoked.IsZero():
		return broker.Identity{}, broker.ErrRevoked
	case !ok || !d.Usable():
		return broker.Identity{}, broker.ErrUnknownDevice
	}
	hash, err := a.store.DevicePassword(username)
	if err != nil || subtle.ConstantTimeCompare(hash, secretHash(password)) != 1 {
		return broker.Identity{}, broker.ErrBadPassword
	}
	return broker.Identity{Device: d.ID, Kind: string(d.Kind), Room: d.Room}, nil
}

// password is an active device's MQTT password: an HMAC of its id and
// activation time under the data file's device key, as random to anyone
// without the key as secret(), and grouped the same way. The hub keeps only
// its hash for the embedded broker, but can derive it again to give an
// external broker (hub/dynsec) the account, even when the broker lost its
// accounts; re-enrolling a device (a new activation) gives a new one.
func (d Devices) password(dev queue.Device) (string, error) {
	return d.derive(fmt.Sprintf("vuoro mqtt password\x00%s\x00%d", dev.ID, dev.Active.UnixNano()))
}

// derive is the secret of label under the data file's device key.
func (d Devices) derive(label string) (string, error) {
	key, err := d.store.DeviceKey()
	if err != nil {
		return "", err
	}
	m := hmac.New(sha256.New, key)
	m.Write([]byte(label))
	return group(m.Sum(nil)[:20]), nil
}

// secret is a new random secret, as an enrolment code or a password:
// 160 bits in base32, grouped for reading aloud.
func secret() string {
	b := make([]byte, 20)
	rand.Read(b)
	return group(b)
}

// group writes 160 bits in base32, in four groups of eight.
func group(b []byte) string {
	s := base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(b)
	return s[0:8] + "-" + s[8:16] + "-" + s[16:24] + "-" + s[24:32]
}

func secretHash(s string) []byte {
	h := sha256.Sum256([]byte(strings.ToUpper(strings.TrimSpace(s))))
	return h[:]
}

// Devices enrols, activates and revokes the site's devices: the engine
// records each step, the store keeps the code's and the password's hash,
// and the embedded broker (nil on an external one) knows who is online.
type Devices struct {
	eng    *queue.Engine
	store  *store.Store
	now    func() time.Time
	broker *broker.Broker
	ca     string                               // the broker's CA certificate (PEM) given with credentials; none on plain MQTT
	seen   func(id string) (devsync.Seen, bool) // nil: no device bridge
	// checkin is the site's check-in key, given to kiosks with their
	// credentials (checkinkey.go).
	checkin []byte
	// accounts, on an external broker the hub manages, brings its
	// accounts to the devices.
	accounts interface{ Sync(context.Context) error }
}

// NewDevices returns the devices of eng and st, online as b sees them
// (b may be nil: nobody is seen).
func NewDevices(eng *queue.Engine, st *store.Store, now func() time.Time, b *broker.Broker) Devices {
	return Devices{eng: eng, store: st, now: now, broker: b}
}

// WithCA returns d handing out caPEM, the certificate of the CA of a
// broker serving MQTT over TLS, with every device's credentials.
func (d Devices) WithCA(caPEM string) Devices {
	d.ca = caPEM
	return d
}

// Health is what the device last reported of itself through the device
// bridge, and when; false if it has not since the hub started.
func (d Devices) Health(id string) (wire.Health, time.Time, bool) {
	if d.seen == nil {
		return wire.Health{}, time.Time{}, false
	}
	s, ok := d.seen(id)
	return s.Health, s.At, ok
}

// LastSeen is when the embedded broker last heard from the device (zero
// if never since it started, or on an external broker), and whether the
// device is connected now.
func (d Devices) LastSeen(id string) (time.Time, bool) {
	if d.broker == nil {
		return time.Time{}, false
	}
	return d.broker.LastSeen(id)
}

// Enrol enrols a device and returns its one-time code, valid for
// CodeValidity.
func (d Devices) Enrol(actor, id string, kind queue.DeviceKind, room string) (queue.Device, string, error) {
	dev, err := d.eng.EnrolDevice(actor, id, kind, room, d.now().Add(CodeValidity))
	if err != nil {
		return queue.Device{}, "", err
	}
	code := secret()
	if err := d.store.SetDeviceCode(id, secretHash(code)); err != nil {
		return queue.Device{}, "", err
	}
	return dev, code, nil
}

// Credentials are what a device gets for its code, as the device keeps
// them (shared/devcred).
type Credentials = devcred.Credentials

// ErrBadCode is a code that names no device waiting for it: unknown, used
// or expired.
var ErrBadCode = errors.New("server: unknown, used or expired enrolment code")

// Exchange trades a one-time code for the device's credentials.
func (d Devices) Exchange(code string) (Credentials, error) {
	hash := secretHash(code)
	id, err := d.store.DeviceByCode(hash)
	if errors.Is(err, store.ErrNotFound) {
		return Credentials{}, ErrBadCode
	} else if err != nil {
		return Credentials{}, err
	}
	dev, err := d.eng.ActivateDevice("device:"+id, id)
	if errors.Is(err, queue.ErrNotFound) || errors.Is(err, queue.ErrExpired) {
		return Credentials{}, fmt.Errorf("%w: %v", ErrBadCode, err)
	} else if err != nil {
		return Credentials{}, err
	}
	password, err := d.password(dev)
	if err != nil {
		return Credentials{}, err
	}
	if err := d.store.ExchangeDeviceCode(id, hash, secretHash(password)); err != nil {
		return Credentials{}, err
	}
	d.syncAccounts()
	c := Credentials{Device: id, Kind: string(dev.Kind), Room: dev.Room, Username: id, Password: password, CA: d.ca}
	if dev.Kind == queue.DeviceKiosk && len(d.checkin) > 0 {
		c.CheckinKey = hex.EncodeToString(d.checkin)
	}
	return c, nil
}

// syncAccounts brings an external broker's accounts to the devices, so a
// device connects as soon as it has its credentials, and a revoked one is
// disconnected before the admin is answered. If the broker does not
// answer, it is brought when the hub reconnects to it (logged).
func (d Devices) syncAccounts() {
	if d.accounts == nil {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	d.accounts.Sync(ctx)
}

// Revoke revokes a device: its secret is forgotten and the observer of
// the engine disconnects it.
func (d Devices) Revoke(actor, id string) (queue.Device, error) {
	dev, err := d.eng.RevokeDevice(actor, id)
	if err != nil {
		return queue.Device{}, err
	}
	if err := d.store.DeleteDevice(id); err != nil {
		return dev, err
	}
	d.syncAccounts()
	return dev, nil
}

// disconnectRevoked disconnects a device from the embedded broker as soon
// as its revocation is in the log.
func (h *Hub) disconnectRevoked(b *broker.Broker) {
	h.engine.Observe(func(_ event.Event, p queue.Payload, _ *queue.State) {
		if r, ok := p.(queue.DeviceRevoked); ok {
			go b.Disconnect(r.Device) // observers run under the engine's lock
		}
	})
}
