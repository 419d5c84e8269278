package dynsec_test

import (
	"context"
	"errors"
	"testing"
	"time"

	mqtt "github.com/eclipse/paho.mqtt.golang"

	"vuoro/hub/dynsec"
	"vuoro/hub/dynsec/mosqtest"
	"vuoro/hub/extbus"
)

func admin(t *testing.T, m *mosqtest.Broker) *dynsec.Client {
	t.Helper()
	bus, err := extbus.Dial(extbus.Options{URL: m.URL(), ClientID: "admin", Username: m.Admin, Password: m.Password}, 5*time.Second)
	if err != nil {
		t.Fatal(err, m.Log())
	}
	t.Cleanup(func() { bus.Close() })
	c, err := dynsec.New(bus)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func ctx(t *testing.T) context.Context {
	c, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	t.Cleanup(cancel)
	return c
}

// connect connects a client to m and reports whether the broker let it.
func connect(m *mosqtest.Broker, clientID, user, password string) (mqtt.Client, error) {
	c := mqtt.NewClient(mqtt.NewClientOptions().AddBroker(m.URL()).SetClientID(clientID).
		SetUsername(user).SetPassword(password).SetAutoReconnect(false).SetConnectRetry(false))
	tok := c.Connect()
	tok.WaitTimeout(5 * time.Second)
	return c, tok.Error()
}

// TestCommandsChangeWhoMayConnect: an account created through the control
// topic connects with its password and client id only; the plugin's
// refusals come back as ErrExists and ErrNotFound; deleting the account
// disconnects its client at once.
func TestCommandsChangeWhoMayConnect(t *testing.T) {
	m := mosqtest.Start(t)
	c := admin(t, m)
	role := dynsec.Role{Name: "r1", ACLs: []dynsec.ACL{{Type: dynsec.PublishClientSend, Topic: "a/b", Allow: true}}}
	if err := c.CreateRole(ctx(t), role); err != nil {
		t.Fatal(err)
	}
	acc := dynsec.Account{Username: "dev1", Password: "pw-1", ClientID: "site-dev1", Description: "test", Roles: []string{"r1"}}
	if err := c.CreateClient(ctx(t), acc); err != nil {
		t.Fatal(err)
	}
	if err := c.CreateClient(ctx(t), acc); !errors.Is(err, dynsec.ErrExists) {
		t.Fatalf("creating dev1 again: %v, want ErrExists", err)
	}
	if err := c.DeleteClient(ctx(t), "nobody"); !errors.Is(err, dynsec.ErrNotFound) {
		t.Fatalf("deleting an unknown client: %v, want ErrNotFound", err)
	}
	clients, err := c.ListClients(ctx(t))
	if len(clients) != 2 || clients[0].ClientID != "site-dev1" || clients[0].Roles[0] != "r1" {
		t.Fatalf("clients %+v, want dev1 bound to site-dev1 with role r1, and the admin", clients)
	}
	if err != nil {
		t.Fatal(err)
	}
	if _, err := connect(m, "site-dev1", "dev1", "wrong"); err == nil {
		t.Fatal("a wrong password connected")
	}
	if _, err := connect(m, "other-id", "dev1", "pw-1"); err == nil {
		t.Fatal("another client id connected")
	}
	dev, err := connect(m, "site-dev1", "dev1", "pw-1")
	if err != nil {
		t.Fatalf("the account's own client: %v", err)
	}
	if err := c.DeleteClient(ctx(t), "dev1"); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(2 * time.Second)
	for dev.IsConnectionOpen() && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if dev.IsConnectionOpen() {
		t.Fatal("a deleted account's client is still connected")
	}
}
