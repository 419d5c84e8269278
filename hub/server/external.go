package server

import (
	"context"
	"fmt"
	"strings"
	"time"

	"vuoro/hub/broker"
	"vuoro/hub/dynsec"
	"vuoro/hub/extbus"
)

// startExternal connects the hub to an external broker. Unless its
// accounts are left to its operator, the hub first brings them to its
// devices over the plugin's admin account, then connects with its own.
func (h *Hub) startExternal() error {
	o := h.opts
	eo := extbus.Options{URL: o.MQTTExternal, ClientID: "vuoro-hub-" + o.Site, Username: o.MQTTUser, Password: o.MQTTPassword,
		Logger: o.Logger.With("part", "extbus"), OnConnect: h.republish,
		DeviceTopic: func(t string) bool { return broker.DeviceTopic(o.Site, t) }}
	if !o.MQTTUnmanaged && o.MQTTUser == "" {
		return fmt.Errorf("%w: -mqtt-external needs -mqtt-user, Mosquitto's dynamic-security admin (or -mqtt-unmanaged)", ErrMQTTAdmin)
	}
	if !o.MQTTUnmanaged {
		acc, err := h.manageAccounts()
		if err != nil {
			return err
		}
		eo.Username, eo.Password = acc.Username, acc.Password
	}
	b, err := extbus.Dial(eo, 10*time.Second)
	if err != nil {
		return err
	}
	h.bus, h.mqtt = b, strings.TrimPrefix(o.MQTTExternal, "tcp://")
	return nil
}

// manageAccounts connects as the plugin's admin and brings the broker's
// accounts to the hub's devices, before the hub connects with its own
// account, which it returns.
func (h *Hub) manageAccounts() (dynsec.Account, error) {
	o := h.opts
	ctl, err := extbus.Dial(extbus.Options{URL: o.MQTTExternal, ClientID: "vuoro-hub-" + o.Site + "-admin",
		Username: o.MQTTUser, Password: o.MQTTPassword, Logger: o.Logger.With("part", "mosquitto"),
		OnConnect: h.ctlReconnected}, 10*time.Second)
	if err != nil {
		return dynsec.Account{}, err
	}
	h.ctl = ctl
	dyn, err := dynsec.New(ctl)
	if err != nil {
		return dynsec.Account{}, err
	}
	m := &mosq{dyn: dyn, want: h.mosqWant, log: o.Logger.With("part", "mosquitto"), reqs: make(chan chan error), done: make(chan struct{})}
	if err := m.reconcile(context.Background()); err != nil {
		return dynsec.Account{}, fmt.Errorf("%w (is Mosquitto's dynamic-security plugin loaded, and -mqtt-user its admin?)", err)
	}
	h.syncMu.Lock()
	h.mosq = m
	h.syncMu.Unlock()
	return h.hubAccount("vuoro-" + o.Site + "-")
}

// ctlReconnected runs after every connection of the admin account: the
// broker may have lost its accounts (a restart without its
// dynamic-security file), so they are brought back; the hub's own
// connection then gets in again and republishes the retained state.
func (h *Hub) ctlReconnected() {
	h.syncMu.Lock()
	m := h.mosq
	h.syncMu.Unlock()
	if m != nil {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		m.Sync(ctx)
	}
}
