package dynsec

import (
	"context"
	"slices"
	"strings"
)

// Want is how the hub wants the broker's accounts: every account but the
// admin is one the hub wants, and every role named with its prefix is its.
type Want struct {
	// Admin is the plugin's admin account, through which the hub sends
	// its commands: never changed, disabled or deleted (Mosquitto 2.0.11
	// crashes when a command changes the account that sent it).
	Admin string
	// Prefix starts the name of every role the hub owns ("vuoro-lahti-");
	// roles without it are the operator's and left alone.
	Prefix   string
	Roles    []Role    // each named with Prefix
	Accounts []Account // every account that may connect but the admin
}

// Deny is the default access Reconcile sets: where no role of a client
// allows something, it is refused. Anonymous clients are refused by the
// broker's configuration (allow_anonymous false).
var Deny = map[string]bool{PublishClientSend: false, PublishClientReceive: false, "subscribe": false, "unsubscribe": false}

// Reconcile brings the broker to w: default access denied, the roles
// created or corrected, the hub's role given to its account, missing
// accounts created, changed ones corrected (their clients disconnected),
// disabled ones enabled, and every other account but the admin deleted
// (its client disconnected at once). It returns the usernames it created,
// changed and deleted.
func (c *Client) Reconcile(ctx context.Context, w Want) (changed []string, err error) {
	if err := c.SetDefaultACLAccess(ctx, Deny); err != nil {
		return nil, err
	}
	if err := c.reconcileRoles(ctx, w.Roles, w.Prefix); err != nil {
		return nil, err
	}
	have, err := c.ListClients(ctx)
	if err != nil {
		return nil, err
	}
	byName := map[string]Account{}
	for _, a := range have {
		byName[a.Username] = a
	}
	return c.reconcileAccounts(ctx, w, byName)
}

func (c *Client) reconcileAccounts(ctx context.Context, w Want, have map[string]Account) ([]string, error) {
	var changed []string
	wanted := map[string]bool{w.Admin: true}
	for _, a := range w.Accounts {
		wanted[a.Username] = true
		old, ok := have[a.Username]
		var err error
		switch {
		case !ok:
			err = c.CreateClient(ctx, a)
		case old.ClientID != a.ClientID || old.Description != a.Description || !sameSet(old.Roles, a.Roles):
			err = c.ModifyClient(ctx, a)
		case old.Disabled:
			err = c.EnableClient(ctx, a.Username)
		default:
			continue
		}
		if err != nil {
			return changed, err
		}
		changed = append(changed, a.Username)
	}
	for name := range have {
		if !wanted[name] {
			if err := c.DeleteClient(ctx, name); err != nil {
				return changed, err
			}
			changed = append(changed, name)
		}
	}
	return changed, nil
}

// reconcileRoles creates the wanted roles, corrects their ACLs, and
// deletes the roles of the prefix no longer wanted.
func (c *Client) reconcileRoles(ctx context.Context, want []Role, prefix string) error {
	have, err := c.ListRoles(ctx)
	if err != nil {
		return err
	}
	byName := map[string]Role{}
	for _, r := range have {
		byName[r.Name] = r
	}
	for _, r := range want {
		if err := c.reconcileRole(ctx, r, byName); err != nil {
			return err
		}
		delete(byName, r.Name)
	}
	for name := range byName {
		if strings.HasPrefix(name, prefix) {
			if err := c.DeleteRole(ctx, name); err != nil {
				return err
			}
		}
	}
	return nil
}

func (c *Client) reconcileRole(ctx context.Context, r Role, have map[string]Role) error {
	old, ok := have[r.Name]
	if !ok {
		return c.CreateRole(ctx, r)
	}
	for _, a := range old.ACLs {
		if !slices.Contains(r.ACLs, a) {
			if err := c.RemoveRoleACL(ctx, r.Name, a); err != nil {
				return err
			}
		}
	}
	for _, a := range r.ACLs {
		if !slices.Contains(old.ACLs, a) {
			if err := c.AddRoleACL(ctx, r.Name, a); err != nil {
				return err
			}
		}
	}
	return nil
}

func sameSet(a, b []string) bool {
	return len(a) == len(b) && !slices.ContainsFunc(a, func(s string) bool { return !slices.Contains(b, s) })
}
