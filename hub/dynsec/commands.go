package dynsec

import (
	"context"
	"encoding/json"
	"fmt"
)

// The plugin's kinds of ACL.
const (
	PublishClientSend    = "publishClientSend"    // the client may publish on the topic
	PublishClientReceive = "publishClientReceive" // the client may be sent messages on the topic
	SubscribePattern     = "subscribePattern"     // the client may subscribe to filters the topic covers
	UnsubscribePattern   = "unsubscribePattern"
)

// ACL is one rule of a role.
type ACL struct {
	Type  string `json:"acltype"`
	Topic string `json:"topic"`
	Allow bool   `json:"allow"`
}

// Role is a named set of ACLs.
type Role struct {
	Name string `json:"rolename"`
	ACLs []ACL  `json:"acls"`
}

// Account is a client of the plugin: who may connect, under which client
// id, with which roles. Password is only ever sent, never read back.
type Account struct {
	Username    string   `json:"username"`
	Password    string   `json:"-"`
	ClientID    string   `json:"clientid"`
	Description string   `json:"textdescription"`
	Disabled    bool     `json:"disabled"`
	Roles       []string `json:"-"`
}

// CreateClient creates an account with its password, client id and roles.
func (c *Client) CreateClient(ctx context.Context, a Account) error {
	_, err := c.Do(ctx, createClient(a))
	return err
}

func createClient(a Account) Command {
	return Command{"command": "createClient", "username": a.Username, "password": a.Password,
		"clientid": a.ClientID, "textdescription": a.Description, "roles": roleRefs(a.Roles)}
}

// ModifyClient sets an account's password, client id, description and
// roles to a's; the broker disconnects its client.
func (c *Client) ModifyClient(ctx context.Context, a Account) error {
	_, err := c.Do(ctx, modifyClient(a))
	return err
}

func modifyClient(a Account) Command {
	return Command{"command": "modifyClient", "username": a.Username, "password": a.Password,
		"clientid": a.ClientID, "textdescription": a.Description, "roles": roleRefs(a.Roles)}
}

func roleRefs(names []string) []map[string]any {
	out := []map[string]any{}
	for _, n := range names {
		out = append(out, map[string]any{"rolename": n})
	}
	return out
}

// DeleteClient deletes an account; the broker disconnects its client.
func (c *Client) DeleteClient(ctx context.Context, username string) error {
	return c.user(ctx, "deleteClient", username)
}

// DisableClient keeps an account but refuses it; its client is disconnected.
func (c *Client) DisableClient(ctx context.Context, username string) error {
	return c.user(ctx, "disableClient", username)
}

// EnableClient lets a disabled account connect again.
func (c *Client) EnableClient(ctx context.Context, username string) error {
	return c.user(ctx, "enableClient", username)
}

func (c *Client) user(ctx context.Context, cmd, username string) error {
	_, err := c.Do(ctx, Command{"command": cmd, "username": username})
	return err
}

// SetClientPassword sets an account's password.
func (c *Client) SetClientPassword(ctx context.Context, username, password string) error {
	_, err := c.Do(ctx, Command{"command": "setClientPassword", "username": username, "password": password})
	return err
}

// AddClientRole gives an account a role.
func (c *Client) AddClientRole(ctx context.Context, username, role string) error {
	_, err := c.Do(ctx, Command{"command": "addClientRole", "username": username, "rolename": role})
	return err
}

// CreateRole creates a role with its ACLs.
func (c *Client) CreateRole(ctx context.Context, r Role) error {
	_, err := c.Do(ctx, Command{"command": "createRole", "rolename": r.Name, "acls": r.ACLs})
	return err
}

// DeleteRole deletes a role; the accounts that had it lose it.
func (c *Client) DeleteRole(ctx context.Context, name string) error {
	_, err := c.Do(ctx, Command{"command": "deleteRole", "rolename": name})
	return err
}

// AddRoleACL adds an ACL to a role.
func (c *Client) AddRoleACL(ctx context.Context, role string, a ACL) error {
	_, err := c.Do(ctx, Command{"command": "addRoleACL", "rolename": role, "acltype": a.Type, "topic": a.Topic, "allow": a.Allow})
	return err
}

// RemoveRoleACL removes a role's ACL of that type and topic.
func (c *Client) RemoveRoleACL(ctx context.Context, role string, a ACL) error {
	_, err := c.Do(ctx, Command{"command": "removeRoleACL", "rolename": role, "acltype": a.Type, "topic": a.Topic})
	return err
}

// SetDefaultACLAccess sets what is allowed where no ACL of a client's
// roles speaks: acltype ("publishClientSend", …, "subscribe",
// "unsubscribe") to allowed.
func (c *Client) SetDefaultACLAccess(ctx context.Context, access map[string]bool) error {
	var acls []map[string]any
	for t, allow := range access {
		acls = append(acls, map[string]any{"acltype": t, "allow": allow})
	}
	_, err := c.Do(ctx, Command{"command": "setDefaultACLAccess", "acls": acls})
	return err
}

// ListClients returns every account, with its client id, state and roles.
func (c *Client) ListClients(ctx context.Context) ([]Account, error) {
	var data struct {
		Clients []struct {
			Account
			Roles []struct {
				Name string `json:"rolename"`
			} `json:"roles"`
		} `json:"clients"`
	}
	if err := c.list(ctx, "listClients", &data); err != nil {
		return nil, err
	}
	out := make([]Account, len(data.Clients))
	for i, cl := range data.Clients {
		out[i] = cl.Account
		for _, r := range cl.Roles {
			out[i].Roles = append(out[i].Roles, r.Name)
		}
	}
	return out, nil
}

// ListRoles returns every role with its ACLs.
func (c *Client) ListRoles(ctx context.Context) ([]Role, error) {
	var data struct {
		Roles []Role `json:"roles"`
	}
	err := c.list(ctx, "listRoles", &data)
	return data.Roles, err
}

func (c *Client) list(ctx context.Context, cmd string, v any) error {
	out, err := c.Do(ctx, Command{"command": cmd, "verbose": true, "count": -1, "offset": 0})
	if err != nil {
		return err
	}
	if err := json.Unmarshal(out[0], v); err != nil {
		return fmt.Errorf("dynsec: %s: %w", cmd, err)
	}
	return nil
}
