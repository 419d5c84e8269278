package server

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"fmt"
	"log/slog"
	"time"

	"vuoro/hub/broker"
	"vuoro/hub/dynsec"
	"vuoro/hub/queue"
	"vuoro/shared/wire"
)

// mosq keeps an external Mosquitto's accounts in step with the hub's
// devices through its dynamic-security plugin: at start, after every
// reconnect, when a device takes its credentials or is revoked, and every
// few minutes in case someone changed them by hand. It sends its commands
// over a connection of the plugin's admin account (-mqtt-user); the hub's
// own traffic goes over an account of its own, which it also keeps.
//
// The hub keeps only a hash of a device's password, but derives the
// password again from the data file's device key (Devices.password), so
// it can always give Mosquitto the account: when Mosquitto's
// dynamic-security file is lost, the operator writes a new one with the
// same admin account (mosquitto_ctrl dynsec init FILE ADMIN PASSWORD),
// and the hub recreates every device's account as soon as it reconnects.
type mosq struct {
	dyn  *dynsec.Client
	want func() (dynsec.Want, error)
	log  *slog.Logger
	reqs chan chan error
	done chan struct{} // closed when run returns
}

// mosqEvery is how often the accounts are checked with nothing changed.
const mosqEvery = 5 * time.Minute

// Sync brings Mosquitto's accounts to the hub's devices now and waits
// until it is done.
func (m *mosq) Sync(ctx context.Context) error {
	done := make(chan error, 1)
	select {
	case m.reqs <- done:
	case <-ctx.Done():
		return fmt.Errorf("server: mosquitto accounts: %w", ctx.Err())
	case <-m.done:
		return errStopped
	}
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		return fmt.Errorf("server: mosquitto accounts: %w", ctx.Err())
	}
}

// run answers Sync, one reconciliation at a time, until ctx ends.
func (m *mosq) run(ctx context.Context) {
	defer close(m.done)
	tick := time.NewTicker(mosqEvery)
	defer tick.Stop()
	for {
		var done chan error
		select {
		case <-ctx.Done():
			return
		case done = <-m.reqs:
		case <-tick.C:
		}
		err := m.reconcile(ctx)
		if done != nil {
			done <- err
		}
	}
}

func (m *mosq) reconcile(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	w, err := m.want()
	if err == nil {
		var changed []string
		changed, err = m.dyn.Reconcile(ctx, w)
		if len(changed) > 0 {
			m.log.Info("mosquitto accounts brought to the devices", "accounts", changed)
		}
	}
	if err != nil {
		m.log.Error("mosquitto accounts not in step with the devices", "err", err)
		return fmt.Errorf("server: mosquitto accounts: %w", err)
	}
	return nil
}

// hubAccount is the account of the hub's own connection at Mosquitto,
// allowed every topic of its site. Its name cannot be a device id, which
// has no '.'; its password derives from the data file's device key.
func (h *Hub) hubAccount(prefix string) (dynsec.Account, error) {
	pw, err := h.Devices().derive("vuoro mqtt hub password\x00" + h.opts.Site)
	return dynsec.Account{Username: "vuoro.hub." + h.opts.Site, Password: pw, ClientID: "vuoro-hub-" + h.opts.Site,
		Description: "vuoro hub " + fingerprint(pw), Roles: []string{prefix + "hub"}}, err
}

// mosqWant is how the hub wants Mosquitto: the hub's account allowed the
// site's topics, and an account for every usable device, allowed what
// broker.Grants allows its kind; the admin account is left alone.
func (h *Hub) mosqWant() (dynsec.Want, error) {
	prefix := "vuoro-" + h.opts.Site + "-"
	hub, err := h.hubAccount(prefix)
	if err != nil {
		return dynsec.Want{}, err
	}
	w := dynsec.Want{Admin: h.opts.MQTTUser, Prefix: prefix, Accounts: []dynsec.Account{hub},
		Roles: []dynsec.Role{hubRole(hub.Roles[0], h.opts.Site)}}
	var devs []queue.Device
	h.engine.Read(func(st *queue.State) { devs = st.Devices() })
	for _, d := range devs {
		if !d.Usable() {
			continue
		}
		a, ok, err := h.mosqAccount(d, prefix+"device-"+d.ID)
		if err != nil {
			return w, err
		}
		if !ok {
			h.opts.Logger.Warn("device enrolled before the hub derived passwords: enrol it again to connect through Mosquitto", "device", d.ID)
			continue
		}
		w.Accounts = append(w.Accounts, a)
		w.Roles = append(w.Roles, deviceRole(a.Roles[0], h.opts.Site, d))
	}
	return w, nil
}

// mosqAccount is a device's account, if its password is the one the hub
// derives (and so the one whose hash it keeps).
func (h *Hub) mosqAccount(d queue.Device, role string) (dynsec.Account, bool, error) {
	pw, err := h.Devices().password(d)
	if err != nil {
		return dynsec.Account{}, false, err
	}
	hash, err := h.store.DevicePassword(d.ID)
	if err != nil || subtle.ConstantTimeCompare(hash, secretHash(pw)) != 1 {
		return dynsec.Account{}, false, nil
	}
	return dynsec.Account{Username: d.ID, Password: pw, ClientID: broker.ClientID(h.opts.Site, d.ID),
		Description: "vuoro " + string(d.Kind) + " " + fingerprint(pw), Roles: []string{role}}, true, nil
}

// fingerprint tells, in an account's description, which password the hub
// gave it, so a changed one is set again: 64 bits of a hash of a 160-bit
// secret, which tell nothing of it.
func fingerprint(password string) string {
	fp := sha256.Sum256([]byte("vuoro mqtt password fingerprint\x00" + password))
	return hex.EncodeToString(fp[:8])
}

// deviceRole allows a device what broker.Grants allows its kind: to
// publish its own topics, and to subscribe to and be sent its kind's.
func deviceRole(name, site string, d queue.Device) dynsec.Role {
	id := broker.Identity{Device: d.ID, Kind: string(d.Kind), Room: d.Room}
	r := dynsec.Role{Name: name}
	for _, f := range id.Filters(site, broker.Publish) {
		r.ACLs = append(r.ACLs, dynsec.ACL{Type: dynsec.PublishClientSend, Topic: f, Allow: true})
	}
	for _, f := range id.Filters(site, broker.Subscribe) {
		r.ACLs = append(r.ACLs, dynsec.ACL{Type: dynsec.SubscribePattern, Topic: f, Allow: true},
			dynsec.ACL{Type: dynsec.PublishClientReceive, Topic: f, Allow: true})
	}
	return r
}

// hubRole allows the hub every topic of its site.
func hubRole(name, site string) dynsec.Role {
	r := dynsec.Role{Name: name}
	for _, t := range []string{dynsec.PublishClientSend, dynsec.PublishClientReceive, dynsec.SubscribePattern} {
		r.ACLs = append(r.ACLs, dynsec.ACL{Type: t, Topic: wire.Root + "/" + site + "/#", Allow: true})
	}
	return r
}
